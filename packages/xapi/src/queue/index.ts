export type { QueueStore, QueuedStatement, FailedStatement } from './queue-store.ts'
export { createMemoryQueueStore } from './memory-queue-store.ts'
export { openIndexedDbQueueStore } from './indexeddb-queue-store.ts'
