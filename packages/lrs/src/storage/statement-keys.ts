import { agentKey } from '../statements/agent-key.ts'

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function activityIds(context: unknown): string[] {
  if (!isObject(context) || !isObject(context.contextActivities)) return []
  const ids: string[] = []
  for (const list of Object.values(context.contextActivities)) {
    for (const activity of Array.isArray(list) ? list : [list])
      if (isObject(activity) && typeof activity.id === 'string') ids.push(activity.id)
  }
  return ids
}

function actorKeys(actor: unknown): { own: string[]; members: string[] } {
  if (!isObject(actor)) return { own: [], members: [] }
  const own = agentKey(actor)
  const members = Array.isArray(actor.member)
    ? actor.member.map((member) => agentKey(member)).filter((key) => key !== undefined)
    : []
  return { own: own === undefined ? [] : [own], members }
}

function isActivity(object: unknown): object is Json {
  return isObject(object) && (object.objectType === undefined || object.objectType === 'Activity')
}

function isActor(object: unknown): boolean {
  return isObject(object) && (object.objectType === 'Agent' || object.objectType === 'Group')
}

/**
 * The index keys of a statement, used by every filter of GET /statements:
 * `a|` agent as actor or object, `r|` any related agent (authority, instructor, team, context
 * agents and groups, group members, SubStatement), `v|` verb, `o|` object activity, `c|` any
 * related activity, `g|` registration, `h|` the authority's credential.
 */
export function statementKeys(statement: Json, credentialKey?: string): string[] {
  const keys = new Set<string>()
  const add = (prefix: string, values: readonly string[]) =>
    values.forEach((value) => keys.add(prefix + value))
  const actor = actorKeys(statement.actor)
  add('a|', actor.own)
  add('r|', [...actor.own, ...actor.members])
  const verb = isObject(statement.verb) ? statement.verb.id : undefined
  if (typeof verb === 'string') add('v|', [verb])
  const object = statement.object
  if (isActivity(object) && typeof object.id === 'string') {
    add('o|', [object.id])
    add('c|', [object.id])
  }
  if (isActor(object)) {
    const keysOfObject = actorKeys(object)
    add('a|', keysOfObject.own)
    add('r|', [...keysOfObject.own, ...keysOfObject.members])
  }
  if (isObject(object) && object.objectType === 'SubStatement') {
    for (const part of [object.actor, object.object]) {
      const keysOfPart = actorKeys(part)
      add('r|', [...keysOfPart.own, ...keysOfPart.members])
    }
    if (isActivity(object.object) && typeof object.object.id === 'string') add('c|', [object.object.id])
    add('c|', activityIds(object.context))
    addContextAgents(object.context, (values) => add('r|', values))
  }
  const context = statement.context
  add('c|', activityIds(context))
  if (isObject(context) && typeof context.registration === 'string')
    add('g|', [context.registration.toLowerCase()])
  addContextAgents(context, (values) => add('r|', values))
  const authority = actorKeys(statement.authority)
  add('r|', [...authority.own, ...authority.members])
  if (credentialKey !== undefined) add('h|', [credentialKey])
  return [...keys]
}

function addContextAgents(context: unknown, add: (values: string[]) => void): void {
  if (!isObject(context)) return
  for (const key of ['instructor', 'team']) {
    const found = actorKeys(context[key])
    add([...found.own, ...found.members])
  }
  for (const list of [context.contextAgents, context.contextGroups]) {
    if (!Array.isArray(list)) continue
    for (const entry of list) {
      if (!isObject(entry)) continue
      const found = actorKeys(entry.agent ?? entry.group)
      add([...found.own, ...found.members])
    }
  }
}
