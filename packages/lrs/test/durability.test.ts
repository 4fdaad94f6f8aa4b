// 8 concurrent clients × 1,000 statements: 8,000 stored, no duplicates, integrity holds; and a
// SIGKILL of a child-process LRS in the middle of ingest loses no acknowledged statement.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { openPostgresStorage, openSqliteStorage } from '@practicum/lrs'
import { basic, startTestLrs, statement } from './support/lrs-client.ts'
import { storageKinds } from './support/storages.ts'

const clients = 8
const perClient = 1000
const batchSize = 25

describe.each(storageKinds)('durability on $name', (kind) => {
  it('8 concurrent clients × 1,000 statements: 8,000 stored, 0 duplicates, integrity passes', async () => {
    const store = await kind.open()
    const lrs = await startTestLrs(store.storage)
    try {
      const client = async (index: number) => {
        const actor = { mbox: `mailto:client${index}@example.com` }
        for (let start = 0; start < perClient; start += batchSize) {
          const batch = Array.from({ length: batchSize }, () => statement({ id: crypto.randomUUID(), actor }))
          const response = await lrs.request('POST', '/xapi/statements', { body: batch })
          expect(response.status).toBe(200)
          // A client that lost the answer re-sends the same batch: same ids, same content, nothing stored twice.
          if (start % 200 === 0)
            expect((await lrs.request('POST', '/xapi/statements', { body: batch })).status).toBe(200)
        }
      }
      await Promise.all(Array.from({ length: clients }, (_, index) => client(index)))
      expect(await store.storage.countStatements()).toBe(clients * perClient)
      expect(await store.storage.checkIntegrity()).toEqual([])
      const ids = new Set<string>()
      let url: string = `/xapi/statements?agent=${encodeURIComponent(JSON.stringify({ mbox: 'mailto:client3@example.com' }))}&limit=300`
      while (url !== '') {
        const page = (await lrs.request('GET', url)).json() as { statements: { id: string }[]; more: string }
        for (const item of page.statements) ids.add(item.id)
        url = page.more
      }
      expect(ids.size).toBe(perClient)
    } finally {
      await lrs.close()
      await store.dispose()
    }
  })

  it('group commit: concurrent requests share a commit, yet a conflicting one fails alone (409)', async () => {
    const store = await kind.open()
    const lrs = await startTestLrs(store.storage)
    try {
      const taken = statement({ id: crypto.randomUUID() })
      expect((await lrs.request('POST', '/xapi/statements', { body: taken })).status).toBe(200)
      const conflicting = { ...taken, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } }
      const others = Array.from({ length: 20 }, () => statement({ id: crypto.randomUUID() }))
      const responses = await Promise.all([
        ...others.slice(0, 10).map((body) => lrs.request('POST', '/xapi/statements', { body })),
        lrs.request('POST', '/xapi/statements', { body: conflicting }),
        ...others.slice(10).map((body) => lrs.request('POST', '/xapi/statements', { body })),
      ])
      expect(responses.map((response) => response.status)).toEqual([
        ...Array(10).fill(200),
        409,
        ...Array(10).fill(200),
      ])
      for (const body of others) expect(await store.storage.getStatement(String(body.id))).toBeDefined()
      expect(await store.storage.countStatements()).toBe(21)
    } finally {
      await lrs.close()
      await store.dispose()
    }
  })

  it('a SIGKILL during ingest loses no statement acknowledged with 2xx', async () => {
    const store = await kind.open()
    const location = store.location
    await store.storage.close()
    const child = spawn(
      process.execPath,
      [path.join(import.meta.dirname, 'fixtures/child-lrs.mjs'), kind.name, location],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string]
    const { url, key, secret } = JSON.parse(line) as { url: string; key: string; secret: string }
    const acknowledged: string[] = []
    let stop = false
    const writer = async () => {
      while (!stop) {
        const batch = Array.from({ length: 10 }, () => statement({ id: crypto.randomUUID() }))
        try {
          const response = await fetch(`${url}/statements`, {
            method: 'POST',
            headers: {
              Authorization: basic(key, secret),
              'X-Experience-API-Version': '2.0.0',
              'Content-Type': 'application/json',
            },
            body: JSON.stringify(batch),
          })
          if (response.status >= 200 && response.status < 300)
            acknowledged.push(...batch.map((item) => String(item.id)))
        } catch {
          return // the server is gone
        }
      }
    }
    const writers = Array.from({ length: 4 }, writer)
    while (acknowledged.length < 400) await new Promise((resolve) => setTimeout(resolve, 10))
    child.kill('SIGKILL')
    await once(child, 'exit')
    stop = true
    await Promise.all(writers)
    const reopened =
      kind.name === 'postgres'
        ? await openPostgresStorage({ connectionString: location })
        : openSqliteStorage({ dataDir: location })
    try {
      const missing: string[] = []
      for (const id of acknowledged) if ((await reopened.getStatement(id)) === undefined) missing.push(id)
      expect(missing).toEqual([])
      expect(acknowledged.length).toBeGreaterThanOrEqual(400)
      expect(await reopened.checkIntegrity()).toEqual([])
    } finally {
      await reopened.close()
    }
  })
})
