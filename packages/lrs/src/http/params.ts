import { isIri, isUuid } from '@practicum/xapi'
import { agentKey } from '../statements/agent-key.ts'
import { HttpError } from './http-error.ts'

/** Refuses parameters a resource does not know (names are case-sensitive). */
export function onlyParams(params: Map<string, string>, allowed: readonly string[]): void {
  for (const name of params.keys())
    if (!allowed.includes(name)) throw new HttpError(400, `unknown parameter "${name}"`)
}

/** A required parameter. */
export function required(params: Map<string, string>, name: string): string {
  const value = params.get(name)
  if (value === undefined) throw new HttpError(400, `the parameter "${name}" is required`)
  return value
}

/** An IRI parameter (activityId, verb, activity). */
export function iriParam(value: string, name: string): string {
  if (!isIri(value)) throw new HttpError(400, `the parameter "${name}" must be an IRI`)
  return value
}

/** A UUID parameter (registration, statementId). */
export function uuidParam(value: string, name: string): string {
  if (!isUuid(value)) throw new HttpError(400, `the parameter "${name}" must be a UUID`)
  return value.toLowerCase()
}

/** An agent parameter: JSON of an Agent (or identified Group); returns its key. */
export function agentParam(value: string, name = 'agent'): { key: string; agent: Record<string, unknown> } {
  let agent: unknown
  try {
    agent = JSON.parse(value)
  } catch {
    throw new HttpError(400, `the parameter "${name}" must be JSON of an Agent`)
  }
  const key = agentKey(agent)
  if (key === undefined || typeof agent !== 'object' || agent === null || Array.isArray(agent))
    throw new HttpError(400, `the parameter "${name}" must be an Agent with one identifier`)
  const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((ifi) => ifi in agent)
  if (ifis.length !== 1)
    throw new HttpError(400, `the parameter "${name}" must be an Agent with exactly one identifier`)
  const objectType = (agent as Record<string, unknown>).objectType
  if (objectType !== undefined && objectType !== 'Agent' && objectType !== 'Group')
    throw new HttpError(400, `the parameter "${name}" must be an Agent`)
  return { key, agent: agent as Record<string, unknown> }
}

/** A timestamp parameter (since, until), normalised to ISO UTC with milliseconds. */
export function timestampParam(value: string, name: string): string {
  const parsed = Date.parse(value)
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(parsed))
    throw new HttpError(400, `the parameter "${name}" must be a timestamp`)
  return new Date(parsed).toISOString()
}

/** A true/false parameter. */
export function booleanParam(value: string | undefined, name: string): boolean {
  if (value === undefined) return false
  if (value !== 'true' && value !== 'false')
    throw new HttpError(400, `the parameter "${name}" must be true or false`)
  return value === 'true'
}
