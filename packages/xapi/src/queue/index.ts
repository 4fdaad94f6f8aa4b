export type { QueueStore, QueuedStatement, FailedStatement } from './queue-store.ts'
export { createMemoryQueueStore } from './memory-queue-store.ts'
