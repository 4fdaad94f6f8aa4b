import type { FailedStatement, QueuedStatement, QueueStore } from './queue-store.ts'

function done(request: IDBRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve()
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'))
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'))
  })
}

/**
 * A durable queue in IndexedDB (object stores `queue` and `failed`, keyed by an auto-incremented
 * `seq`, with a unique `id` index). Every tab of the origin opening the same name shares it; each
 * change is one transaction, durable when its promise resolves.
 *
 * @defaultValue name 'practicum-xapi-queue'
 * @example const store = await openIndexedDbQueueStore()
 */
export async function openIndexedDbQueueStore(
  name = 'practicum-xapi-queue',
  factory: IDBFactory = indexedDB,
): Promise<QueueStore> {
  const open = factory.open(name, 1)
  open.onupgradeneeded = () => {
    const db = open.result
    const queue = db.createObjectStore('queue', { keyPath: 'seq', autoIncrement: true })
    queue.createIndex('id', 'id', { unique: true })
    db.createObjectStore('failed', { keyPath: 'seq' })
  }
  const db = (await done(open)) as IDBDatabase

  return {
    async append(items) {
      const transaction = db.transaction('queue', 'readwrite', { durability: 'strict' })
      const queue = transaction.objectStore('queue')
      const seen = new Set<string>()
      for (const item of items) {
        const id = item.statement.id
        if (seen.has(id)) continue
        seen.add(id)
        const existing = await done(queue.index('id').getKey(id))
        if (existing === undefined)
          queue.add({ id, statement: item.statement, attachments: item.attachments })
      }
      await committed(transaction)
    },
    async head(limit) {
      const transaction = db.transaction('queue', 'readonly')
      return (await done(transaction.objectStore('queue').getAll(null, limit))) as QueuedStatement[]
    },
    async remove(ids) {
      const transaction = db.transaction('queue', 'readwrite', { durability: 'strict' })
      const queue = transaction.objectStore('queue')
      for (const id of ids) {
        const key = (await done(queue.index('id').getKey(id))) as IDBValidKey | undefined
        if (key !== undefined) queue.delete(key)
      }
      await committed(transaction)
    },
    async fail(item, kind, reason) {
      const transaction = db.transaction(['queue', 'failed'], 'readwrite', { durability: 'strict' })
      const failure: FailedStatement = { ...item, kind, reason }
      transaction.objectStore('failed').put(failure)
      transaction.objectStore('queue').delete(item.seq)
      await committed(transaction)
    },
    async failed() {
      const transaction = db.transaction('failed', 'readonly')
      return (await done(transaction.objectStore('failed').getAll())) as FailedStatement[]
    },
    async size() {
      const transaction = db.transaction('queue', 'readonly')
      return (await done(transaction.objectStore('queue').count())) as number
    },
  }
}
