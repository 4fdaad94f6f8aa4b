// pnpm bench lrs [--smoke] [--large]
// Ingest statements/s (single, batches of 10 and 100) and query latency p50/p95 (agent+verb+
// activity+since limit 100, related_activities=true, registration, the 10th `more` page) at
// 100k statements (1M with --large; 2k with --smoke), over HTTP, on SQLite and PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Client, ClientConfig } from 'pg'
// Plain JavaScript shared with tests and conformance runs (typed by with-postgres.d.mts).
import { startPostgres } from '../../../scripts/with-postgres.mjs'
import {
  addCredential,
  openPostgresStorage,
  openSqliteStorage,
  startLrsServer,
  type LrsStorage,
} from '@practicum/lrs'

interface Options {
  smoke: boolean
  large: boolean
  log: (line: string) => void
}

interface RunningPostgres {
  url: string
  stop: () => Promise<void>
}

const verbs = Array.from({ length: 20 }, (_, index) => `http://adlnet.gov/expapi/verbs/v${index}`)

/** Deterministic pseudo-random numbers, so both storages get the same data. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

function makeStatement(next: () => number): Record<string, unknown> {
  const agent = Math.floor(next() * 1000)
  return {
    id: crypto.randomUUID(),
    actor: { objectType: 'Agent', name: `Learner ${agent}`, mbox: `mailto:learner${agent}@example.com` },
    verb: { id: verbs[Math.floor(next() * verbs.length)] },
    object: {
      id: `https://practicum.dev/activities/a${Math.floor(next() * 2000)}`,
      definition: { name: { 'en-US': 'Step' } },
    },
    context: {
      registration: `00000000-0000-4000-8000-${String(Math.floor(next() * 5000)).padStart(12, '0')}`,
      contextActivities: { parent: [{ id: `https://practicum.dev/courses/c${Math.floor(next() * 100)}` }] },
    },
    result: { success: next() > 0.3, duration: 'PT1M2.5S' },
    timestamp: new Date().toISOString(),
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

async function benchStorage(name: string, storage: LrsStorage, options: Options): Promise<void> {
  const { smoke, large, log } = options
  const total = smoke ? 2_000 : large ? 1_000_000 : 100_000
  const credential = await addCredential(storage, { scopes: ['all'], label: 'bench' })
  const server = await startLrsServer({ storage, port: 0 })
  const headers = {
    Authorization: `Basic ${Buffer.from(`${credential.key}:${credential.secret}`).toString('base64')}`,
    'X-Experience-API-Version': '2.0.0',
    'Content-Type': 'application/json',
  }
  const post = async (body: unknown) => {
    const response = await fetch(`${server.url}/statements`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    })
    if (response.status !== 200) throw new Error(`POST answered ${response.status}: ${await response.text()}`)
  }
  const get = async (pathAndQuery: string) => {
    const response = await fetch(`${server.url.replace(/\/xapi$/, '')}${pathAndQuery}`, { headers })
    if (response.status !== 200) throw new Error(`GET answered ${response.status}: ${await response.text()}`)
    return (await response.json()) as { statements: unknown[]; more: string }
  }
  const next = random(42)
  const clients = 4
  let loaded = 0
  try {
    for (const batchSize of [1, 10, 100]) {
      const count = smoke ? 200 : batchSize === 1 ? 2_000 : 10_000
      const started = performance.now()
      await Promise.all(
        Array.from({ length: clients }, async () => {
          for (let sent = 0; sent < count / clients; sent += batchSize) {
            const batch = Array.from({ length: batchSize }, () => makeStatement(next))
            await post(batchSize === 1 ? batch[0] : batch)
          }
        }),
      )
      const seconds = (performance.now() - started) / 1000
      loaded += count
      log(
        `${name}: ingest ${batchSize === 1 ? 'single statements' : `batches of ${batchSize}`}: ${Math.round(count / seconds)} statements/s (${count} statements, ${clients} clients)`,
      )
    }
    const loadStarted = performance.now()
    const toLoad = total - loaded
    await Promise.all(
      Array.from({ length: clients }, async () => {
        for (let sent = 0; sent < toLoad / clients; sent += 500) {
          await post(
            Array.from({ length: Math.min(500, toLoad / clients - sent) }, () => makeStatement(next)),
          )
        }
      }),
    )
    const stored = await storage.countStatements()
    log(
      `${name}: loaded to ${stored} statements in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s (batches of 500)`,
    )
    const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString()
    const repetitions = smoke ? 10 : 100
    const queries: [string, (index: number) => Promise<void>][] = [
      [
        'agent+verb+activity+since, limit 100',
        async (index) => {
          const agent = encodeURIComponent(
            JSON.stringify({ mbox: `mailto:learner${index % 1000}@example.com` }),
          )
          const activity = encodeURIComponent(`https://practicum.dev/activities/a${(index * 7) % 2000}`)
          await get(
            `/xapi/statements?agent=${agent}&verb=${encodeURIComponent(verbs[index % verbs.length] ?? '')}&activity=${activity}&since=${since}&limit=100`,
          )
        },
      ],
      [
        'related_activities=true (course), limit 100',
        async (index) => {
          await get(
            `/xapi/statements?activity=${encodeURIComponent(`https://practicum.dev/courses/c${index % 100}`)}&related_activities=true&limit=100`,
          )
        },
      ],
      [
        'registration',
        async (index) => {
          await get(
            `/xapi/statements?registration=00000000-0000-4000-8000-${String(index % 5000).padStart(12, '0')}`,
          )
        },
      ],
    ]
    for (const [label, query] of queries) {
      const times: number[] = []
      for (let index = 0; index < repetitions; index++) {
        const started = performance.now()
        await query(index)
        times.push(performance.now() - started)
      }
      times.sort((a, b) => a - b)
      log(
        `${name}: query ${label}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`,
      )
    }
    const pageTimes: number[] = []
    for (let index = 0; index < Math.max(3, repetitions / 10); index++) {
      let page = await get(
        `/xapi/statements?verb=${encodeURIComponent(verbs[index % verbs.length] ?? '')}&limit=${smoke ? 5 : 100}`,
      )
      for (let pageNumber = 2; pageNumber <= 10 && page.more !== ''; pageNumber++) {
        const started = performance.now()
        page = await get(page.more)
        if (pageNumber === 10) pageTimes.push(performance.now() - started)
      }
    }
    pageTimes.sort((a, b) => a - b)
    log(
      `${name}: query 10th more page: p50 ${percentile(pageTimes, 50).toFixed(1)} ms, p95 ${percentile(pageTimes, 95).toFixed(1)} ms (${pageTimes.length} runs)`,
    )
  } finally {
    await server.close()
  }
}

/** The benchmark entry point of scripts/bench.mjs. */
export async function run(options: Options): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'practicum-lrs-bench-'))
  const sqlite = openSqliteStorage({ dataDir: dir })
  try {
    await benchStorage('sqlite', sqlite, options)
  } finally {
    await sqlite.close()
    rmSync(dir, { recursive: true, force: true })
  }
  // The same real PostgreSQL as tests and conformance runs: PRACTICUM_PG_URL or a throwaway cluster.
  const postgres = (await startPostgres()) as RunningPostgres
  try {
    const PgClient = createRequire(import.meta.url)('pg/lib/client.js') as new (
      config: ClientConfig,
    ) => Client
    const admin = new PgClient({ connectionString: postgres.url })
    await admin.connect()
    const database = `practicum_bench_${Date.now()}`
    await admin.query(`CREATE DATABASE ${database}`)
    const url = new URL(postgres.url)
    url.pathname = `/${database}`
    const storage = await openPostgresStorage({ connectionString: url.toString() })
    try {
      await benchStorage('postgres', storage, options)
    } finally {
      await storage.close()
      await admin.query(`DROP DATABASE ${database}`)
      await admin.end()
    }
  } finally {
    await postgres.stop()
  }
}
