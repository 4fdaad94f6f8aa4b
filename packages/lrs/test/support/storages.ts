import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import type { Client, ClientConfig } from 'pg'
import { inject } from 'vitest'
import { openPostgresStorage, openSqliteStorage, type LrsStorage } from '@practicum/lrs'

/** A storage made for one test file, and how to throw it away. */
export interface TestStorage {
  storage: LrsStorage
  /** For SQLite, the data folder; for PostgreSQL, the connection string. */
  location: string
  dispose: () => Promise<void>
}

let counter = 0

// pg's entry point breaks under Vitest's `import` condition (see src/storage/postgres/client-pool.ts).
const PgClient = createRequire(import.meta.url)('pg/lib/client.js') as new (config: ClientConfig) => Client

/** A fresh database on the real PostgreSQL of the global setup. */
export async function freshPostgresUrl(): Promise<string> {
  const admin = inject('pgUrl')
  const name = `lrs_test_${process.pid}_${Date.now()}_${counter++}`
  const client = new PgClient({ connectionString: admin })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  const url = new URL(admin)
  url.pathname = `/${name}`
  return url.toString()
}

/** The two storages, each opening a fresh, empty instance. */
export const storageKinds: { name: 'sqlite' | 'postgres'; open: () => Promise<TestStorage> }[] = [
  {
    name: 'sqlite',
    async open() {
      const dir = mkdtempSync(path.join(tmpdir(), 'practicum-lrs-test-'))
      const storage = openSqliteStorage({ dataDir: dir })
      return {
        storage,
        location: dir,
        dispose: async () => {
          await storage.close()
          rmSync(dir, { recursive: true, force: true })
        },
      }
    },
  },
  {
    name: 'postgres',
    async open() {
      const url = await freshPostgresUrl()
      const storage = await openPostgresStorage({ connectionString: url })
      return { storage, location: url, dispose: () => storage.close() }
    },
  },
]
