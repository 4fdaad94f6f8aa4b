import type { FailedStatement, QueuedStatement, QueueStore } from './queue-store.ts'

/** A queue store in memory: for tests and for hosts that accept losing the queue with the process. */
export function createMemoryQueueStore(): QueueStore {
  const queue: QueuedStatement[] = []
  const failures: FailedStatement[] = []
  let next = 0
  return {
    async append(items) {
      for (const item of items)
        if (!queue.some((queued) => queued.id === item.statement.id))
          queue.push({ seq: next++, id: item.statement.id, ...item })
    },
    async head(limit) {
      return structuredClone(queue.slice(0, limit))
    },
    async remove(ids) {
      for (const id of ids) {
        const index = queue.findIndex((queued) => queued.id === id)
        if (index >= 0) queue.splice(index, 1)
      }
    },
    async fail(item, kind, reason) {
      failures.push({ ...item, kind, reason })
      await this.remove([item.id])
    },
    async failed() {
      return structuredClone(failures)
    },
    async size() {
      return queue.length
    },
  }
}
