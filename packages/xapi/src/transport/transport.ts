import type { QueuedStatement, QueueStore } from '../queue/queue-store.ts'
import { forVersion } from '../statements/for-version.ts'
import type { OutgoingStatement, Statement } from '../statements/statement.ts'
import { validateStatement, type XapiVersion } from '../validation/index.ts'
import { keepaliveBatch, keepaliveBudget } from './keepalive-batch.ts'
import { lrsRequest, negotiateVersion, type LrsEndpoint } from './lrs-client.ts'
import { statementsBody } from './multipart.ts'
import { resolveStatement, retryFor } from './resolve-statement.ts'
import { backoffDelay } from './retry.ts'

/** Options of a transport. */
export interface TransportOptions extends LrsEndpoint {
  store: QueueStore
  /** Statements per POST. @defaultValue 50 */
  batchSize?: number
  /** Bytes per POST (statements and attachments). @defaultValue 1_000_000 */
  batchBytes?: number
  /** How long a statement waits for others to share its POST. @defaultValue 1000 */
  batchDelayMs?: number
  /** First retry delay; doubles per failure, with jitter. @defaultValue 500 */
  backoffBaseMs?: number
  /** @defaultValue 60000 */
  backoffMaxMs?: number
  /** Speak this version instead of asking `/about`. */
  version?: XapiVersion
  /** @defaultValue Math.random */
  random?: () => number
  /**
   * Runs each send under a mutex shared by every sender of the same queue (tabs of one origin:
   * `webLocks()`), so one flushes at a time. @defaultValue none (one sender per queue)
   */
  lock?: <T>(task: () => Promise<T>) => Promise<T>
}

/** What the transport is doing, for a status line. */
export interface TransportStatus {
  state: 'idle' | 'sending' | 'waiting' | 'stopped'
  queued: number
  sending: number
  /** Confirmed by the LRS since this transport started. */
  sent: number
  /** Kept failures (rejected or conflicting): never dropped, reported here. */
  failed: number
  /** The last problem met (network, status), while retrying. */
  lastError: string | undefined
  version: XapiVersion | undefined
}

/** A transport delivering a durable queue to an LRS, each statement once from the LRS's point of view. */
export interface Transport {
  /**
   * Queues statements (durable when the promise resolves); sending follows. Each is validated for
   * the LRS's version before it is sent: one that is not valid xAPI is kept as failed, never sent.
   */
  enqueue(items: readonly OutgoingStatement[]): Promise<void>
  /** Sends now; resolves when the queue is empty (rejects after `timeoutMs` when given). */
  drain(timeoutMs?: number): Promise<void>
  status(): TransportStatus
  /** Called on every status change; returns the unsubscribe function. */
  subscribe(listener: (status: TransportStatus) => void): () => void
  /**
   * On page hide: POSTs, with `keepalive`, the oldest statements this page knows of, at most
   * 60 KiB in all. They stay queued until a response confirms them (then, or on a later flush).
   * Synchronous, so it starts before the page goes. Returns how many statements it sent.
   */
  keepaliveFlush(): number
  /** Stops sending after the request in flight; the queue stays. */
  stop(): Promise<void>
}

type Step =
  { kind: 'sent' } | { kind: 'empty' } | { kind: 'retry'; afterMs?: number | undefined; error: string }

function sizeOf(item: QueuedStatement): number {
  return JSON.stringify(item.statement).length + item.attachments.reduce((sum, a) => sum + a.text.length, 0)
}

/**
 * Creates and starts a transport over `store`. Statements keep their ids, so re-sending is
 * harmless; a 409 is resolved statement by statement (PUT, then GET and compare); 400s and
 * conflicts are kept in the store's failures; everything else is retried with backoff.
 *
 * @example
 * const transport = createTransport({ store, endpoint, auth: { kind: 'basic', key, secret } })
 * await transport.enqueue(mapper.push(event))
 */
export function createTransport(options: TransportOptions): Transport {
  const { store } = options
  const batchSize = options.batchSize ?? 50
  const batchBytes = options.batchBytes ?? 1_000_000
  const batchDelayMs = options.batchDelayMs ?? 1000
  const backoff = { baseMs: options.backoffBaseMs ?? 500, maxMs: options.backoffMaxMs ?? 60_000 }
  const random = options.random ?? Math.random
  const listeners = new Set<(status: TransportStatus) => void>()
  const current: TransportStatus = {
    state: 'idle',
    queued: 0,
    sending: 0,
    sent: 0,
    failed: 0,
    lastError: undefined,
    version: options.version,
  }
  let stopped = false
  let urgent = false
  let wake: (() => void) | undefined
  // a backoff or Retry-After wait is never cut short by new work
  let backingOff = false
  const drainers = new Set<() => void>()
  // what this page knows is queued, oldest first: the keepalive flush cannot wait for the store
  const known = new Map<string, OutgoingStatement>()
  const keepaliveIds = new Set<string>()
  let keepaliveBytes = 0
  let oldestPendingAt: number | undefined
  const withLock = options.lock ?? (<T>(task: () => Promise<T>) => task())

  const update = (patch: Partial<TransportStatus>) => {
    Object.assign(current, patch)
    const snapshot = { ...current }
    for (const listener of listeners) listener(snapshot)
  }
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        wake = undefined
        resolve()
      }
      wake = done
    })

  const version = async (): Promise<XapiVersion> => {
    if (!current.version) update({ version: await negotiateVersion(options) })
    return current.version as XapiVersion
  }

  /** One statement on its own: delivered, kept as failed, or a retry for later. */
  const resolveOne = async (
    item: QueuedStatement,
    statement: Statement,
    v: XapiVersion,
  ): Promise<Step | undefined> => {
    const resolution = await resolveStatement(options, statement, item.attachments, v)
    if (resolution.kind === 'retry') return resolution
    if (resolution.kind === 'delivered') return undefined
    await store.fail(item, resolution.kind, resolution.reason)
    update({ failed: current.failed + 1 })
    return undefined
  }

  const sendBatch = async (): Promise<Step> => {
    const v = await version()
    const head = await store.head(batchSize)
    for (const item of head) if (!known.has(item.id)) known.set(item.id, item)
    if (head.length === 0) return { kind: 'empty' }
    const fresh = oldestPendingAt !== undefined && Date.now() - oldestPendingAt < batchDelayMs
    // statements queued since the loop looked: they wait for the batch delay like any other
    if (!urgent && fresh && head.length < batchSize) return { kind: 'sent' }
    const batch: { item: QueuedStatement; statement: Statement }[] = []
    let bytes = 0
    for (const item of head) {
      const statement = forVersion(item.statement, v)
      const validation = validateStatement(statement, { version: v })
      if (!validation.valid) {
        await store.fail(
          item,
          'rejected',
          `not valid xAPI ${v}: ${validation.issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')}`,
        )
        update({ failed: current.failed + 1 })
        if (batch.length === 0) continue
        break
      }
      bytes += sizeOf(item)
      if (batch.length > 0 && bytes > batchBytes) break
      batch.push({ item, statement })
    }
    if (batch.length === 0) return { kind: 'sent' }
    update({ state: 'sending', sending: batch.length })
    const { contentType, body } = statementsBody(
      batch.map((entry) => entry.statement),
      batch.flatMap((entry) => entry.item.attachments),
    )
    const answer = await lrsRequest(options, 'POST', 'statements', { version: v, contentType, body })
    if (answer.status === 200) {
      let ids: unknown
      try {
        ids = JSON.parse(answer.text)
      } catch {
        return { kind: 'retry', error: 'the LRS answered 200 with a body that is not JSON' }
      }
      const expected = batch.map((entry) => entry.item.id)
      if (
        !Array.isArray(ids) ||
        ids.length !== expected.length ||
        ids.some((id, i) => String(id).toLowerCase() !== expected[i])
      )
        return { kind: 'retry', error: 'the LRS answered 200 without the ids sent' }
      await store.remove(expected)
      for (const id of expected) known.delete(id)
      update({ sent: current.sent + expected.length })
      return { kind: 'sent' }
    }
    if (answer.status === 409 || answer.status === 400 || answer.status === 413) {
      // the batch is refused whole: find out statement by statement
      for (const entry of batch) {
        const step = await resolveOne(entry.item, entry.statement, v)
        if (step) return step
        const failed = (await store.failed()).some((failure) => failure.id === entry.item.id)
        if (!failed) {
          await store.remove([entry.item.id])
          update({ sent: current.sent + 1 })
        }
        known.delete(entry.item.id)
      }
      return { kind: 'sent' }
    }
    return retryFor(answer)
  }

  const loop = async () => {
    let failures = 0
    while (!stopped) {
      // batching by time: a fresh statement waits up to batchDelayMs for others to share its POST
      const wait = oldestPendingAt === undefined ? 0 : oldestPendingAt + batchDelayMs - Date.now()
      if (!urgent && wait > 0 && current.queued < batchSize) {
        update({ state: 'waiting' })
        await sleep(wait)
        continue
      }
      let step: Step
      try {
        step = await withLock(sendBatch)
      } catch (error) {
        step = { kind: 'retry', error: (error as Error).message }
      }
      const queued = await store.size()
      update({ queued, sending: 0 })
      if (stopped) break
      if (step.kind === 'sent') {
        failures = 0
        update({ lastError: undefined })
        if (queued === 0) oldestPendingAt = undefined
        continue
      }
      if (step.kind === 'empty') {
        urgent = false
        oldestPendingAt = undefined
        for (const resolve of drainers) resolve()
        drainers.clear()
        update({ state: 'idle' })
        await sleep(2 ** 31 - 1)
        continue
      }
      failures++
      update({ state: 'waiting', lastError: step.error })
      backingOff = true
      await sleep(Math.max(step.afterMs ?? 0, backoffDelay(failures, backoff, random)))
      backingOff = false
    }
    update({ state: 'stopped' })
  }
  const running = loop()

  return {
    async enqueue(items) {
      await store.append(items)
      for (const item of items) known.set(item.statement.id, item)
      oldestPendingAt ??= Date.now()
      update({ queued: await store.size() })
      if (current.queued >= batchSize) urgent = true
      if (!backingOff && (urgent || current.state === 'idle')) wake?.()
    },
    drain(timeoutMs) {
      return new Promise<void>((resolve, reject) => {
        const timer =
          timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                drainers.delete(done)
                reject(
                  new Error(
                    `the queue did not drain within ${timeoutMs} ms (${current.lastError ?? 'no error'})`,
                  ),
                )
              }, timeoutMs)
        function done() {
          if (timer) clearTimeout(timer)
          resolve()
        }
        drainers.add(done)
        urgent = true
        if (!backingOff) wake?.()
      })
    },
    keepaliveFlush() {
      const v = current.version ?? options.version ?? '2.0.0'
      // keepalive bodies in flight count against the page's 64 KiB together
      const batch = keepaliveBatch(known.values(), keepaliveIds, keepaliveBudget - keepaliveBytes, v)
      if (!batch) return 0
      const { ids, bytes } = batch
      for (const id of ids) keepaliveIds.add(id)
      keepaliveBytes += bytes
      lrsRequest(options, 'POST', 'statements', {
        version: v,
        contentType: batch.contentType,
        body: batch.body,
        keepalive: true,
      })
        .then(async (answer) => {
          // confirmed while the page still lives: forget them; otherwise they stay queued
          if (answer.status !== 200) return
          const got = JSON.parse(answer.text) as unknown
          if (
            Array.isArray(got) &&
            got.length === ids.length &&
            got.every((id, i) => String(id) === ids[i])
          ) {
            await store.remove(ids)
            for (const id of ids) known.delete(id)
          }
        })
        .catch(() => undefined)
        .finally(() => {
          keepaliveBytes -= bytes
          for (const id of ids) keepaliveIds.delete(id)
        })
      return ids.length
    },
    status: () => ({ ...current }),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async stop() {
      stopped = true
      wake?.()
      await running
    },
  }
}
