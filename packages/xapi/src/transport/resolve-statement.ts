import type { AttachmentContent, Statement } from '../statements/statement.ts'
import type { XapiVersion } from '../validation/index.ts'
import { lrsRequest, type LrsAnswer, type LrsEndpoint } from './lrs-client.ts'
import { statementsBody } from './multipart.ts'
import { retryAfterMs } from './retry.ts'
import { sameStatement } from '../statements/same-statement.ts'

/** What became of one statement sent on its own. */
export type Resolution =
  | { kind: 'delivered' }
  /** can never be delivered as it is: kept and reported */
  | { kind: 'rejected' | 'conflict'; reason: string }
  /** try again later (after `afterMs` when the LRS said so) */
  | { kind: 'retry'; afterMs?: number | undefined; error: string }

/** A retry for an answer that is neither success nor a verdict on the statement. */
export function retryFor(answer: LrsAnswer): Extract<Resolution, { kind: 'retry' }> {
  return {
    kind: 'retry',
    ...(answer.status === 429 || answer.status === 503
      ? { afterMs: retryAfterMs(answer.headers.get('retry-after')) }
      : {}),
    error: `the LRS answered ${answer.status}`,
  }
}

/**
 * Sends one statement by PUT under its id. 204: delivered. 400: rejected. 409: GET what the LRS
 * holds under that id and compare (xAPI statement comparison): the same statement means
 * delivered (an earlier send got through), another one is a conflict.
 */
export async function resolveStatement(
  lrs: LrsEndpoint,
  statement: Statement,
  attachments: readonly AttachmentContent[],
  version: XapiVersion,
): Promise<Resolution> {
  const { contentType, body } = statementsBody(statement, attachments)
  const resource = `statements?statementId=${encodeURIComponent(statement.id)}`
  const put = await lrsRequest(lrs, 'PUT', resource, { version, contentType, body })
  if (put.status === 204 || put.status === 200) return { kind: 'delivered' }
  if (put.status === 400)
    return { kind: 'rejected', reason: `the LRS answered 400: ${put.text.slice(0, 500)}` }
  if (put.status !== 409) return retryFor(put)
  const got = await lrsRequest(lrs, 'GET', resource, { version })
  if (got.status !== 200) return retryFor(got)
  let stored: unknown
  try {
    stored = JSON.parse(got.text)
  } catch {
    return { kind: 'retry', error: 'the LRS answered a statement that is not JSON' }
  }
  if (
    typeof stored === 'object' &&
    stored !== null &&
    sameStatement(stored as Record<string, unknown>, { ...statement })
  )
    return { kind: 'delivered' }
  return { kind: 'conflict', reason: `another statement is stored under ${statement.id}` }
}
