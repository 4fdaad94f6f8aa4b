import { forVersion } from '../statements/for-version.ts'
import type { OutgoingStatement, Statement } from '../statements/statement.ts'
import { validateStatement, type XapiVersion } from '../validation/index.ts'
import { statementsBody } from './multipart.ts'

/** The most a keepalive flush sends: Chromium refuses keepalive bodies past 64 KiB in flight. */
export const keepaliveBudget = 60 * 1024

/** A POST body for a keepalive flush. */
export interface KeepaliveBatch {
  ids: string[]
  body: string
  contentType: string
  /** UTF-8 bytes of the body */
  bytes: number
}

/**
 * The oldest statements, in order, whose POST body fits in `budget` bytes, leaving out those
 * already in flight; stops at the first that does not fit or is not valid for `version`.
 */
export function keepaliveBatch(
  candidates: Iterable<OutgoingStatement>,
  inFlight: ReadonlySet<string>,
  budget: number,
  version: XapiVersion,
): KeepaliveBatch | undefined {
  const batch: Statement[] = []
  const attachments: OutgoingStatement['attachments'] = []
  let chosen: KeepaliveBatch | undefined
  const encoder = new TextEncoder()
  for (const item of candidates) {
    if (inFlight.has(item.statement.id)) continue
    const statement = forVersion(item.statement, version)
    if (!validateStatement(statement, { version }).valid) break
    const next = statementsBody([...batch, statement], [...attachments, ...item.attachments])
    const bytes = encoder.encode(next.body).length
    if (bytes > budget) break
    batch.push(statement)
    attachments.push(...item.attachments)
    chosen = { ids: batch.map((entry) => entry.id), body: next.body, contentType: next.contentType, bytes }
  }
  return chosen
}
