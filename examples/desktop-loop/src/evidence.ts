import type { Scenario } from '@practicum/scenario'
import type { Sim } from '@practicum/sim'
import {
  createStatementMapper,
  createTransport,
  flushOnPageHide,
  openIndexedDbQueueStore,
  webLocks,
  type Learner,
  type StatementMapperOptions,
  type TransportStatus,
} from '@practicum/xapi'
import type { LrsLaunch } from './launch.ts'

/** What the evidence line shows. */
export type EvidenceStatus =
  | { kind: 'off' }
  | { kind: 'starting' }
  | { kind: 'live'; transport: TransportStatus }
  | { kind: 'broken'; error: string }

/** One attempt's evidence: how its statements are made, and what their delivery is doing. */
export interface Evidence {
  /** The mapper's options: mapping the page's events with them gives every statement sent. */
  readonly mapping: Omit<StatementMapperOptions, 'scenario'>
  status(): EvidenceStatus
  subscribe(listener: (status: EvidenceStatus) => void): () => void
}

/**
 * Streams every statement of the attempt to the LRS while it is played: each core event is mapped
 * (`@practicum/xapi`) and queued in IndexedDB (durable, one queue per LRS endpoint, shared by the
 * origin's tabs, one flush at a time under Web Locks); the last statement carries the recording. Play never waits for it: the
 * queue fills while the LRS is away and empties when it answers; on page hide a keepalive flush
 * sends what it can and the rest stays queued for the next visit.
 */
export function startEvidence(
  sim: Sim,
  scenario: Scenario,
  options: { lrs: LrsLaunch | undefined; registration: string; learner: Learner; contentHash: string },
): Evidence {
  const mapping = {
    learner: options.learner,
    attemptId: crypto.randomUUID(),
    registration: options.registration,
    anchor: Date.now(),
    dt: sim.dt,
    contentHash: options.contentHash,
  }
  const listeners = new Set<(status: EvidenceStatus) => void>()
  let current: EvidenceStatus = options.lrs ? { kind: 'starting' } : { kind: 'off' }
  const set = (status: EvidenceStatus) => {
    current = status
    for (const listener of listeners) listener(status)
  }
  const mapper = createStatementMapper({ scenario, ...mapping })
  // Statements made before the queue opens wait here, in order; nothing is made twice.
  const waiting: Parameters<ReturnType<typeof createTransport>['enqueue']>[0][number][] = []
  let enqueue = (items: typeof waiting) => void waiting.push(...items)
  sim.subscribe((event) => {
    const items = mapper.push(event)
    if (items.length) enqueue(items)
    // The recording is complete once the step that ended the attempt has returned.
    if (event.type === 'attempt-ended') setTimeout(() => enqueue(mapper.end(sim.recording())))
  })

  if (options.lrs) {
    const lrs = options.lrs
    // One queue (and one flush lock) per LRS: what was queued for one endpoint never goes to another.
    void openIndexedDbQueueStore(`practicum-xapi-queue ${lrs.endpoint}`)
      .then((store) => {
        const transport = createTransport({
          store,
          ...lrs,
          lock: webLocks(`practicum-xapi-flush ${lrs.endpoint}`),
        })
        transport.subscribe((status) => set({ kind: 'live', transport: status }))
        flushOnPageHide(transport)
        enqueue = (items) => {
          transport.enqueue(items).catch((error: unknown) => set({ kind: 'broken', error: String(error) }))
        }
        if (waiting.length) enqueue(waiting.splice(0))
        set({ kind: 'live', transport: transport.status() })
      })
      .catch((error: unknown) =>
        set({ kind: 'broken', error: `the statement queue did not open: ${String(error)}` }),
      )
  }

  return {
    mapping,
    status: () => current,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
