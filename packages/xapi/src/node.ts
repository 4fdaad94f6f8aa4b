export { openFileQueueStore } from './node/file-queue-store.ts'
