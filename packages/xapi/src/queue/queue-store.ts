import type { AttachmentContent, OutgoingStatement, Statement } from '../statements/statement.ts'

/** A statement waiting in the queue, in the order it was appended. */
export interface QueuedStatement {
  /** Position in the queue: grows with every append, across restarts. */
  seq: number
  id: string
  statement: Statement
  attachments: AttachmentContent[]
}

/** A statement that can never be delivered as it is: kept and reported, never dropped. */
export interface FailedStatement extends QueuedStatement {
  /** rejected: the LRS answered 400 (or it is not valid xAPI); conflict: another statement holds its id. */
  kind: 'rejected' | 'conflict'
  reason: string
}

/**
 * Where queued statements wait until the LRS confirms them: files in Node (`@practicum/xapi/node`),
 * IndexedDB in browsers. Every method is durable when its promise resolves.
 */
export interface QueueStore {
  /** Appends statements in order; a statement whose id is already queued is not appended twice. */
  append(items: readonly OutgoingStatement[]): Promise<void>
  /** The oldest `limit` queued statements, oldest first. */
  head(limit: number): Promise<QueuedStatement[]>
  /** Forgets delivered statements. */
  remove(ids: readonly string[]): Promise<void>
  /** Moves a statement out of the queue into the kept failures. */
  fail(item: QueuedStatement, kind: FailedStatement['kind'], reason: string): Promise<void>
  /** The kept failures, oldest first. */
  failed(): Promise<FailedStatement[]>
  /** How many statements are queued. */
  size(): Promise<number>
}
