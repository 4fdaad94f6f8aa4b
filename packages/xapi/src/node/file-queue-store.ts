import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { FailedStatement, QueuedStatement, QueueStore } from '../queue/queue-store.ts'

const pad = (seq: number) => String(seq).padStart(16, '0')

/**
 * A durable queue in a folder: one file per statement (`queue/<seq>-<id>.json`), written to a
 * temporary name and renamed, so a process killed at any moment leaves whole files only.
 * Failures move to `failed/`. One process at a time per folder.
 *
 * @example const store = await openFileQueueStore('.practicum/xapi-queue')
 */
export async function openFileQueueStore(dir: string): Promise<QueueStore> {
  const queueDir = path.join(dir, 'queue')
  const failedDir = path.join(dir, 'failed')
  await mkdir(queueDir, { recursive: true })
  await mkdir(failedDir, { recursive: true })
  const listQueue = async () => (await readdir(queueDir)).filter((name) => name.endsWith('.json')).sort()
  const idOf = (name: string) => name.slice(17, -'.json'.length)
  const seqOf = (name: string) => Number(name.slice(0, 16))
  // the folder is the truth; this index of it (id → file name, in queue order) saves listing it per call
  const index = new Map<string, string>((await listQueue()).map((name) => [idOf(name), name]))
  const existing = [...index.values(), ...(await readdir(failedDir)).filter((n) => n.endsWith('.json'))]
  let next = existing.reduce((max, name) => Math.max(max, seqOf(name) + 1), 0)

  const write = async (file: string, value: unknown) => {
    const temporary = `${file}.${process.pid}.tmp`
    await writeFile(temporary, JSON.stringify(value))
    await rename(temporary, file)
  }

  return {
    async append(items) {
      for (const item of items) {
        if (index.has(item.statement.id)) continue
        const seq = next++
        const name = `${pad(seq)}-${item.statement.id}.json`
        const record: QueuedStatement = { seq, id: item.statement.id, ...item }
        await write(path.join(queueDir, name), record)
        index.set(item.statement.id, name)
      }
    },
    async head(limit) {
      const names: string[] = []
      for (const name of index.values()) {
        if (names.length >= limit) break
        names.push(name)
      }
      return Promise.all(
        names.map(
          async (name) => JSON.parse(await readFile(path.join(queueDir, name), 'utf8')) as QueuedStatement,
        ),
      )
    },
    async remove(ids) {
      for (const id of ids) {
        const name = index.get(id)
        if (name === undefined) continue
        await unlink(path.join(queueDir, name)).catch(() => undefined)
        index.delete(id)
      }
    },
    async fail(item, kind, reason) {
      const failure: FailedStatement = { ...item, kind, reason }
      const name = `${pad(item.seq)}-${item.id}.json`
      await write(path.join(failedDir, name), failure)
      await unlink(path.join(queueDir, name)).catch(() => undefined)
      index.delete(item.id)
    },
    async failed() {
      const names = (await readdir(failedDir)).filter((name) => name.endsWith('.json')).sort()
      return Promise.all(
        names.map(
          async (name) => JSON.parse(await readFile(path.join(failedDir, name), 'utf8')) as FailedStatement,
        ),
      )
    },
    async size() {
      return index.size
    },
  }
}
