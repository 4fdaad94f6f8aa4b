import { randomUUID } from 'node:crypto'
import { voidedVerbId, type XapiVersion } from '@practicum/xapi'
import { statementKeys } from '../storage/statement-keys.ts'
import type { StatementRecord } from '../storage/storage.ts'

type Json = Record<string, unknown>

/** Who stores the statement: the credential and the authority agent it stands for. */
export interface StatementAuthor {
  credentialKey: string
  authority: Json
}

/**
 * Turns a valid incoming statement into what is stored: an id if missing, `stored`, the
 * credential's `authority` (always the LRS's to set), `version` and `timestamp` if missing;
 * 2.0.0 timestamps converted to UTC (xAPI 2.0.0 §4.2.7).
 */
export function prepareStatement(
  incoming: Json,
  version: XapiVersion,
  author: StatementAuthor,
  stored: string,
): StatementRecord {
  const statement: Json = { ...incoming }
  if (typeof statement.id !== 'string') statement.id = randomUUID()
  const id = String(statement.id).toLowerCase()
  statement.id = id
  if (statement.timestamp === undefined) statement.timestamp = stored
  else if (version === '2.0.0' && typeof statement.timestamp === 'string')
    statement.timestamp = new Date(statement.timestamp).toISOString()
  normaliseContextActivities(statement)
  if (isObject(statement.object) && statement.object.objectType === 'SubStatement') {
    const subStatement = { ...statement.object }
    normaliseContextActivities(subStatement)
    statement.object = subStatement
  }
  statement.stored = stored
  statement.authority = author.authority
  if (statement.version === undefined) statement.version = version === '2.0.0' ? '2.0.0' : '1.0.0'
  const record: StatementRecord = {
    id,
    statement,
    stored,
    keys: statementKeys(statement, author.credentialKey),
  }
  const object = statement.object as Json
  const verb = statement.verb as Json
  if (object.objectType === 'StatementRef' && typeof object.id === 'string') {
    if (verb.id === voidedVerbId) record.voids = object.id.toLowerCase()
    record.refersTo = object.id.toLowerCase()
  }
  return record
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Context activities are returned as arrays even when sent as one object (xAPI 2.0.0 §4.2.2.5). */
function normaliseContextActivities(statement: Json): void {
  const context = statement.context
  if (!isObject(context) || !isObject(context.contextActivities)) return
  const lists: Json = {}
  for (const [key, value] of Object.entries(context.contextActivities))
    lists[key] = Array.isArray(value) ? value : [value]
  statement.context = { ...context, contextActivities: lists }
}
