// The evidence layer in real headless Chromium against the project LRS over HTTP: the queue-store
// contract on real IndexedDB, two tabs sharing one queue, a reload while the LRS is unreachable,
// and the keepalive flush on page hide.
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Scenario } from '@practicum/scenario'
import {
  keepaliveBudget,
  learnerByAccount,
  mapAttempt,
  uuidV5,
  type OutgoingStatement,
} from '@practicum/xapi'
import type { EvidencePage } from './browser/xapi-page/main.ts'
import {
  guardNetwork,
  launchChromium,
  type LaunchedChromium,
  type NetworkGuard,
  buildPage,
  type BuiltPage,
} from './support/index.ts'
import { startFaultProxy, type FaultProxy } from './xapi/fault-proxy.ts'
import {
  fixtures,
  loadScenarioFile,
  startLrs,
  statementsOf,
  syntheticEvents,
  type RunningLrs,
} from './xapi/evidence-support.ts'

let built: BuiltPage
let scenario: Scenario
let lrs: RunningLrs
let proxy: FaultProxy
let browser: LaunchedChromium
let guard: NetworkGuard

beforeAll(async () => {
  built = await buildPage(path.join(import.meta.dirname, 'browser/xapi-page'))
  scenario = (await loadScenarioFile(path.join(fixtures, 'press-lockout.yaml'))).scenario
  lrs = await startLrs('sqlite')
  proxy = await startFaultProxy(lrs.endpoint, built.outDir)
  browser = await launchChromium()
  guard = await guardNetwork(browser.context)
}, 120_000)

afterAll(async () => {
  guard?.assertLocalOnly()
  await browser?.close()
  await proxy?.close()
  await lrs?.close()
  built?.remove()
})

const origin = () => new URL(proxy.endpoint).origin

async function openPage(): Promise<Page> {
  const page = await browser.context.newPage()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
  })
  await page.goto(`${origin()}/`)
  await page
    .waitForFunction(() => document.getElementById('status')?.textContent === 'ready', undefined, {
      timeout: 10_000,
    })
    .catch(() => {
      throw new Error(`the evidence page did not start: ${problems.join('; ') || 'no error'}`)
    })
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready')
  return page
}

const call = <T>(
  page: Page,
  task: (api: EvidencePage, arg: unknown) => Promise<T> | T,
  arg?: unknown,
): Promise<T> =>
  page.evaluate(
    ([source, value]) => {
      const api = (window as unknown as { practicum: EvidencePage }).practicum
      return (new Function('api', 'arg', `return (${source})(api, arg)`) as typeof task)(api, value)
    },
    [task.toString(), arg] as const,
  ) as Promise<T>

function produce(name: string, hints: number): { registration: string; statements: OutgoingStatement[] } {
  const attemptId = uuidV5(`browser-test/${name}/${process.pid}/${Date.now()}`)
  const statements = mapAttempt(syntheticEvents(scenario, hints), {
    scenario,
    learner: learnerByAccount('https://lms.example.com', `learner-${name}`),
    attemptId,
    anchor: Date.parse('2026-11-29T10:00:00Z'),
    dt: 1 / 90,
  })
  return { registration: attemptId, statements }
}

async function expectDeliveredOnce(registration: string, produced: OutgoingStatement[]) {
  const ids = (await statementsOf(lrs, registration)).map((statement) => statement.id as string)
  expect(new Set(ids).size, 'duplicates').toBe(ids.length)
  expect(ids).toEqual(produced.map(({ statement }) => statement.id))
}

it('passes the queue-store contract on real IndexedDB', async () => {
  const page = await openPage()
  expect(await call(page, (api) => api.contract())).toEqual([])
  await page.close()
}, 60_000)

it('shares one queue between two tabs: one flushes at a time, 0 duplicates, order kept', async () => {
  const credential = { queue: 'two-tabs', key: lrs.key, secret: lrs.secret }
  const [a, b] = [await openPage(), await openPage()]
  await call(a, (api, options) => api.start(options as never), credential)
  await call(b, (api, options) => api.start(options as never), credential)
  const first = produce('tab-a', 25)
  const second = produce('tab-b', 25)
  const before = proxy.maxInFlight()
  expect(before).toBeLessThanOrEqual(1)
  // each tab queues its attempt in small pieces while both flush the shared queue
  const feed = async (page: Page, statements: OutgoingStatement[]) => {
    for (let i = 0; i < statements.length; i += 3)
      await call(page, (api, items) => api.enqueue(items as OutgoingStatement[]), statements.slice(i, i + 3))
  }
  await Promise.all([feed(a, first.statements), feed(b, second.statements)])
  await Promise.all([call(a, (api) => api.drain(30_000)), call(b, (api) => api.drain(30_000))])
  await expectDeliveredOnce(first.registration, first.statements)
  await expectDeliveredOnce(second.registration, second.statements)
  expect(proxy.maxInFlight()).toBe(1)
  const [statusA, statusB] = [await call(a, (api) => api.status()), await call(b, (api) => api.status())]
  expect(statusA!.sent + statusB!.sent).toBe(first.statements.length + second.statements.length)
  await a.close()
  await b.close()
}, 90_000)

it('keeps what was queued while the LRS was unreachable across a reload, then delivers it', async () => {
  const credential = { queue: 'reload', key: lrs.key, secret: lrs.secret }
  const { registration, statements } = produce('reload', 12)
  proxy.offline(true)
  const page = await openPage()
  try {
    await call(page, (api, options) => api.start(options as never), credential)
    await call(page, (api, items) => api.enqueue(items as OutgoingStatement[]), statements)
    await page.waitForTimeout(300)
    expect(await call(page, (api) => api.status()!.sent)).toBe(0)
    await page.reload()
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready')
    expect(await call(page, (api) => api.queued('reload'))).toBe(statements.length)
  } finally {
    proxy.offline(false)
  }
  expect(await statementsOf(lrs, registration)).toEqual([])
  await call(page, (api, options) => api.start(options as never), credential)
  await call(page, (api) => api.drain(30_000))
  await expectDeliveredOnce(registration, statements)
  await page.close()
}, 90_000)

it('flushes at most 60 KiB with keepalive on page hide; the rest stays queued and arrives later', async () => {
  // waiting for a full batch that never comes: only the page-hide flush sends
  const credential = {
    queue: 'keepalive',
    key: lrs.key,
    secret: lrs.secret,
    batchSize: 1000,
    batchDelayMs: 600_000,
  }
  const { registration, statements } = produce('keepalive', 150)
  const total = statements.reduce((sum, { statement }) => sum + JSON.stringify(statement).length, 0)
  expect(total).toBeGreaterThan(2 * keepaliveBudget)
  const page = await openPage()
  await call(page, (api, options) => api.start(options as never), credential)
  await call(page, (api, items) => api.enqueue(items as OutgoingStatement[]), statements)
  const seenBefore = proxy.seen.length
  await page.goto('about:blank')
  let stored = 0
  for (let tries = 0; tries < 100 && stored === 0; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    stored = (await statementsOf(lrs, registration)).length
  }
  const posts = proxy.seen.slice(seenBefore).filter((request) => request.method === 'POST')
  // visibilitychange and pagehide may each flush: together they stay within the budget
  expect(posts.length).toBeGreaterThanOrEqual(1)
  expect(
    posts.reduce((sum, post) => sum + post.bodyBytes, 0),
    posts.map((post) => post.bodyBytes).join(', '),
  ).toBeLessThanOrEqual(keepaliveBudget)
  expect(posts.reduce((sum, post) => sum + post.bodyBytes, 0)).toBeGreaterThan(keepaliveBudget / 2)
  expect(stored).toBeGreaterThan(0)
  expect(stored).toBeLessThan(statements.length)
  // the page went before the answer: everything is still queued, the sent ones included
  const again = await openPage()
  expect(await call(again, (api) => api.queued('keepalive'))).toBe(statements.length)
  await call(again, (api, options) => api.start(options as never), {
    ...credential,
    batchSize: 50,
    batchDelayMs: 0,
  })
  await call(again, (api) => api.drain(30_000))
  await expectDeliveredOnce(registration, statements)
  await again.close()
}, 90_000)
