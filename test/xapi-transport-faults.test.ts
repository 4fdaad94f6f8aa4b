// The transport against the project LRS over HTTP, on both storages, behind a fault-injecting
// proxy on loopback: whatever the network does, N statements produced are N stored, 0 duplicates.
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Scenario } from '@practicum/scenario'
import {
  createTransport,
  learnerByAccount,
  learnerByMbox,
  mapAttempt,
  uuidV5,
  type OutgoingStatement,
  type QueueStore,
  type TransportStatus,
} from '@practicum/xapi'
import { openFileQueueStore } from '@practicum/xapi/node'
import { startFaultProxy, type FaultProxy } from './xapi/fault-proxy.ts'
import {
  fixtures,
  loadScenarioFile,
  startLrs,
  statementsOf,
  syntheticEvents,
  type RunningLrs,
} from './xapi/evidence-support.ts'

const root = path.resolve(import.meta.dirname, '..')
let scenario: Scenario
let postgres: { url: string; stop: () => Promise<void> }

beforeAll(async () => {
  scenario = (await loadScenarioFile(path.join(fixtures, 'press-lockout.yaml'))).scenario
  const script = new URL('../scripts/with-postgres.mjs', import.meta.url).href
  const { startPostgres } = (await import(script)) as { startPostgres: () => Promise<typeof postgres> }
  postgres = await startPostgres()
}, 120_000)
afterAll(() => postgres?.stop())

function produce(
  name: string,
  hints: number,
  instructor = false,
): { registration: string; statements: OutgoingStatement[] } {
  const attemptId = uuidV5(`fault-test/${name}/${process.pid}/${Date.now()}`)
  const statements = mapAttempt(syntheticEvents(scenario, hints), {
    scenario,
    learner: learnerByAccount('https://lms.example.com', `learner-${name}`),
    attemptId,
    anchor: Date.parse('2026-11-29T09:00:00Z'),
    dt: 1 / 90,
    ...(instructor ? { instructor: learnerByMbox('assessor@example.com') } : {}),
  })
  return { registration: attemptId, statements }
}

/** Stored ids of a registration: every produced id once, in the produced order. */
async function expectDeliveredOnce(lrs: RunningLrs, registration: string, produced: OutgoingStatement[]) {
  const stored = await statementsOf(lrs, registration)
  const ids = stored.map((statement) => statement.id as string)
  expect(new Set(ids).size, 'duplicates').toBe(ids.length)
  expect(ids.length).toBe(produced.length)
  expect(ids).toEqual(produced.map(({ statement }) => statement.id))
}

describe.each(['sqlite', 'postgres'] as const)('the transport on %s', (kind) => {
  let lrs: RunningLrs
  let proxy: FaultProxy
  const transportOver = (store: QueueStore, extra: { version?: '1.0.3' } = {}) =>
    createTransport({
      store,
      endpoint: proxy.endpoint,
      auth: { kind: 'basic', key: lrs.key, secret: lrs.secret },
      batchSize: 5,
      batchDelayMs: 0,
      backoffBaseMs: 50,
      backoffMaxMs: 400,
      timeoutMs: 700,
      ...extra,
    })
  const fileStore = () => openFileQueueStore(mkdtempSync(path.join(tmpdir(), 'practicum-xapi-queue-')))

  beforeAll(async () => {
    lrs = await startLrs(kind, postgres.url)
    proxy = await startFaultProxy(lrs.endpoint)
  })
  afterAll(async () => {
    await proxy?.close()
    await lrs?.close()
  })

  it('delivers through an LRS down for a while, 500s, 429 + Retry-After, timeouts, malformed answers and 409s', async () => {
    const { registration, statements } = produce('faults', 40)
    const store = await fileStore()
    const transport = transportOver(store)
    await proxy.down()
    await transport.enqueue(statements)
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(transport.status()).toMatchObject({ sent: 0, queued: statements.length })
    expect(transport.status().lastError).toBeTruthy()
    expect(await statementsOf(lrs, registration)).toEqual([])
    proxy.plan(
      { method: 'POST', fault: { kind: 'status', status: 500 } },
      { method: 'POST', fault: { kind: 'status', status: 500 } },
      { method: 'POST', fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } } },
      { method: 'POST', fault: { kind: 'hang-after-forward' } },
      { method: 'POST', fault: { kind: 'after-forward', status: 200, body: '<html>gateway says hi' } },
      { method: 'POST', fault: { kind: 'status', status: 503, headers: { 'retry-after': '1' } } },
      // an identical re-send answered 409: resolved statement by statement
      { method: 'POST', fault: { kind: 'after-forward', status: 409 } },
      { method: 'PUT', fault: { kind: 'after-forward', status: 409 } },
    )
    const first = proxy.seen.length
    await proxy.up()
    await transport.drain(60_000)
    await transport.stop()
    await expectDeliveredOnce(lrs, registration, statements)
    expect(await store.failed()).toEqual([])
    expect(await store.size()).toBe(0)
    expect(transport.status()).toMatchObject({ queued: 0, failed: 0 })
    // Retry-After was honoured: the request after each 429/503 came at least a second later
    const seen = proxy.seen.slice(first)
    for (const [index, request] of seen.entries()) {
      if (request.status !== 429 && request.status !== 503) continue
      const next = seen[index + 1]!
      expect(next.at - request.at).toBeGreaterThanOrEqual(950)
    }
    // the injected 409 on PUT was settled by GET and comparison
    expect(seen.some((request) => request.method === 'GET' && /statementId=/.test(request.url))).toBe(true)
  })

  it('resolves a batch refused because one id holds another statement: the rest stored, the conflict kept', async () => {
    const { registration, statements } = produce('conflict', 8)
    const taken = statements[3]!.statement
    const other = { ...taken, context: { ...taken.context, registration: uuidV5(`other/${registration}`) } }
    const put = await fetch(`${lrs.endpoint}/statements?statementId=${taken.id}`, {
      method: 'PUT',
      headers: {
        authorization: `Basic ${btoa(`${lrs.key}:${lrs.secret}`)}`,
        'x-experience-api-version': '2.0.0',
        'content-type': 'application/json',
      },
      body: JSON.stringify(other),
    })
    expect(put.status).toBe(204)
    const store = await fileStore()
    const transport = transportOver(store)
    await transport.enqueue(statements)
    await transport.drain(30_000)
    await transport.stop()
    const delivered = statements.filter(({ statement }) => statement.id !== taken.id)
    await expectDeliveredOnce(lrs, registration, delivered)
    const failed = await store.failed()
    expect(failed.map((failure) => [failure.id, failure.kind])).toEqual([[taken.id, 'conflict']])
    expect(failed[0]!.statement).toEqual(taken)
    expect(transport.status()).toMatchObject({ failed: 1, queued: 0 })
  })

  it('keeps and reports a statement the LRS answers 400, delivers the rest, and reports its status', async () => {
    const { registration, statements } = produce('rejected', 6)
    const refused = statements[2]!.statement
    // Like an LRS: every batch that holds the bad statement is refused whole (however the
    // transport happens to batch by time), and so is the statement on its own.
    proxy.plan(
      {
        method: 'POST',
        bodyIncludes: refused.id,
        persistent: true,
        fault: { kind: 'status', status: 400, body: '{"message":"one is bad"}' },
      },
      {
        method: 'PUT',
        path: new RegExp(`statementId=${refused.id}`),
        persistent: true,
        fault: { kind: 'status', status: 400, body: '{"message":"this one"}' },
      },
    )
    const store = await fileStore()
    const transport = transportOver(store)
    const seen: TransportStatus[] = []
    transport.subscribe((status) => seen.push(status))
    await transport.enqueue(statements)
    await transport.drain(30_000)
    await transport.stop()
    proxy.clearPlan()
    await expectDeliveredOnce(
      lrs,
      registration,
      statements.filter(({ statement }) => statement.id !== refused.id),
    )
    const failed = await store.failed()
    expect(failed.map((failure) => [failure.id, failure.kind])).toEqual([[refused.id, 'rejected']])
    expect(failed[0]!.reason).toContain('this one')
    expect(transport.status()).toMatchObject({ sent: statements.length - 1, failed: 1, queued: 0 })
    // observable: queued, then sending a batch, then sent
    expect(seen.some((status) => status.state === 'sending' && status.sending > 0)).toBe(true)
    expect(seen.some((status) => status.queued === statements.length)).toBe(true)
  })

  it('loses nothing when the sending process is killed mid-flush and restarted', async () => {
    const { registration, statements } = produce('killed', 30)
    const dir = mkdtempSync(path.join(tmpdir(), 'practicum-xapi-killed-'))
    const file = path.join(dir, 'statements.json')
    writeFileSync(file, JSON.stringify(statements))
    const queue = path.join(dir, 'queue')
    const sender = (withFile: boolean) =>
      spawn(
        process.execPath,
        [
          path.join(root, 'scripts/run-ts.mjs'),
          path.join(root, 'test/fixtures/xapi-sender.ts'),
          queue,
          proxy.endpoint,
          lrs.key,
          lrs.secret,
          ...(withFile ? [file] : []),
        ],
        { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
      )
    proxy.delayAnswers(400)
    const first = sender(true)
    let output = ''
    first.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    // kill it once some statements are stored but before all are confirmed
    const deadline = Date.now() + 60_000
    let stored = 0
    while (Date.now() < deadline) {
      stored = (await statementsOf(lrs, registration)).length
      // 'queued' printed: the queue was written before the first POST went
      if (stored >= 4 && output.includes('queued')) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    first.kill('SIGKILL')
    await new Promise((resolve) => first.once('exit', resolve))
    expect(output).toContain('queued')
    expect(output).not.toContain('drained')
    expect(stored).toBeGreaterThanOrEqual(4)
    expect(stored).toBeLessThan(statements.length)
    proxy.delayAnswers(0)
    const second = sender(false)
    let secondOutput = ''
    second.stdout.on('data', (chunk: Buffer) => (secondOutput += chunk.toString()))
    second.stderr.on('data', (chunk: Buffer) => (secondOutput += chunk.toString()))
    const code = await new Promise((resolve) => second.once('exit', resolve))
    expect(secondOutput).toContain('drained')
    expect(code).toBe(0)
    await expectDeliveredOnce(lrs, registration, statements)
  })

  it('reads /about and speaks 1.0.3 to an LRS that only speaks 1.0.3 (no contextAgents)', async () => {
    const { registration, statements } = produce('version', 3, true)
    expect(statements[0]!.statement.context?.contextAgents).toBeDefined()
    proxy.aboutVersions(['1.0.3'])
    try {
      const transport = transportOver(await fileStore())
      await transport.enqueue(statements)
      await transport.drain(30_000)
      await transport.stop()
      expect(transport.status().version).toBe('1.0.3')
      await expectDeliveredOnce(lrs, registration, statements)
      const stored = await statementsOf(lrs, registration, '1.0.3')
      for (const statement of stored) expect(statement.context).not.toHaveProperty('contextAgents')
    } finally {
      proxy.aboutVersions(undefined)
    }
  })
})
