import { agentKey } from './agent-key.ts'

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function activitiesOf(statement: Json): Json[] {
  const found: Json[] = []
  const visit = (object: unknown, context: unknown) => {
    if (isObject(object) && (object.objectType === undefined || object.objectType === 'Activity'))
      found.push(object)
    if (isObject(context) && isObject(context.contextActivities)) {
      for (const list of Object.values(context.contextActivities))
        for (const activity of Array.isArray(list) ? list : [list])
          if (isObject(activity)) found.push(activity)
    }
  }
  visit(statement.object, statement.context)
  if (isObject(statement.object) && statement.object.objectType === 'SubStatement')
    visit(statement.object.object, statement.object.context)
  return found
}

/** Merges a newer activity definition into an older one: language maps merge, the rest is replaced. */
export function mergeDefinition(older: Json, newer: Json): Json {
  const merged: Json = { ...older }
  for (const [key, value] of Object.entries(newer)) {
    const before = older[key]
    merged[key] =
      (key === 'name' || key === 'description') && isObject(before) && isObject(value)
        ? { ...before, ...value }
        : value
  }
  return merged
}

/** The activity definitions a batch carries, by activity id (later statements win). */
export function definitionsOf(statements: readonly Json[]): Map<string, Json> {
  const definitions = new Map<string, Json>()
  for (const statement of statements) {
    for (const activity of activitiesOf(statement)) {
      if (typeof activity.id !== 'string') continue
      const definition = isObject(activity.definition) ? activity.definition : {}
      definitions.set(activity.id, mergeDefinition(definitions.get(activity.id) ?? {}, definition))
    }
  }
  return definitions
}

/** (agent key, name) pairs for the named agents of a batch: the Agents resource reads them. */
export function agentNamesOf(statements: readonly Json[]): [string, string][] {
  const pairs = new Map<string, [string, string]>()
  const visit = (actor: unknown) => {
    if (!isObject(actor)) return
    const key = agentKey(actor)
    if (key !== undefined && typeof actor.name === 'string')
      pairs.set(`${key}\u0000${actor.name}`, [key, actor.name])
    if (Array.isArray(actor.member)) actor.member.forEach(visit)
  }
  for (const statement of statements) {
    visit(statement.actor)
    const object = statement.object
    if (isObject(object) && (object.objectType === 'Agent' || object.objectType === 'Group')) visit(object)
  }
  return [...pairs.values()]
}
