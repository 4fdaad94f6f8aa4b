// The evidence layer in a bare page: the IndexedDB queue store, a transport shared by the tabs of
// the origin (Web Locks), and the keepalive flush on page hide. The test drives it through `window.practicum`.
import {
  createTransport,
  flushOnPageHide,
  openIndexedDbQueueStore,
  webLocks,
  type OutgoingStatement,
  type Transport,
  type TransportStatus,
} from '@practicum/xapi'
import { runQueueStoreContract } from '../../../packages/xapi/test/support/queue-store-contract.ts'

export interface EvidencePage {
  contract: () => Promise<{ name: string; error: string }[]>
  start: (options: {
    queue: string
    key: string
    secret: string
    batchSize?: number
    batchDelayMs?: number
  }) => Promise<void>
  enqueue: (items: OutgoingStatement[]) => Promise<void>
  drain: (timeoutMs: number) => Promise<void>
  status: () => TransportStatus | undefined
  queued: (queue: string) => Promise<number>
}

let transport: Transport | undefined
let contractRuns = 0

const page: EvidencePage = {
  contract: () =>
    runQueueStoreContract(async () => {
      const name = `contract-${Date.now()}-${contractRuns++}`
      return () => openIndexedDbQueueStore(name)
    }),
  async start(options) {
    transport = createTransport({
      store: await openIndexedDbQueueStore(options.queue),
      endpoint: `${location.origin}/xapi`,
      auth: { kind: 'basic', key: options.key, secret: options.secret },
      lock: webLocks(`flush-${options.queue}`),
      batchSize: options.batchSize ?? 5,
      batchDelayMs: options.batchDelayMs ?? 0,
      backoffBaseMs: 50,
      backoffMaxMs: 400,
    })
    flushOnPageHide(transport)
  },
  enqueue: (items) => transport!.enqueue(items),
  drain: (timeoutMs) => transport!.drain(timeoutMs),
  status: () => transport?.status(),
  queued: async (queue) => (await openIndexedDbQueueStore(queue)).size(),
}

;(window as unknown as { practicum: EvidencePage }).practicum = page
document.getElementById('status')!.textContent = 'ready'
