// The playable loop end to end: the desktop loop page (built by Vite) plays lockout/tagout in
// headless Chromium at ?speed=8 by the keyboard alone (Tab / Shift+Tab to the accessible mirror's
// buttons, Enter), sends its evidence to a real LRS over HTTP (SQLite), and the test then finds
// every statement of the attempt by registration — exactly the statements @practicum/xapi maps
// from the page's own events — and verifies the downloaded recording with `practicum replay`.
// The same page also says what to do with a bad launch, and keeps its evidence while the LRS is away.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { formatProblem, loadScenario, type Scenario } from '@practicum/scenario'
import type { Recording } from '@practicum/sim'
import { addCredential, openSqliteStorage, startLrsServer } from '@practicum/lrs'
import { mapAttempt } from '@practicum/xapi'
import {
  coreWaits,
  focusButton,
  guardNetwork,
  openLoopPage,
  press as pressButton,
  useLoopPage,
  type PageWindow,
  type TabTally,
} from './support/index.ts'
import { startLrs, statementsOf, type RunningLrs } from './xapi/evidence-support.ts'

const root = path.resolve(import.meta.dirname, '..')
const scenarioDir = path.join(root, 'scenarios/lockout-tagout')
const loop = useLoopPage()
let lrs: RunningLrs
const scratch = mkdtempSync(path.join(tmpdir(), 'practicum-loop-'))

beforeAll(async () => {
  lrs = await startLrs('sqlite')
}, 180_000)

afterAll(async () => {
  await lrs?.close()
  rmSync(scratch, { recursive: true, force: true })
})

async function loadLockout(): Promise<Scenario> {
  const loaded = await loadScenario('scenario.yaml', {
    readFile: async (file) =>
      new Uint8Array(await readFile(path.join(scenarioDir, file)).catch(() => Buffer.alloc(0))),
  })
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => formatProblem(problem)).join('\n'))
  return loaded.scenario
}

/** The Tab presses of the keyboard test, and the time they took. */
const tally: TabTally = { tabs: 0, ms: 0 }

it('plays lockout/tagout to passed by keyboard alone; the LRS holds every statement of the attempt, and the recording verifies', async () => {
  const started = Date.now()
  const registration = randomUUID()
  const launch = new URLSearchParams({
    scenario: 'lockout-tagout',
    speed: '8',
    seed: '2', // a case without faults: no residual pressure, no second feed
    mode: 'assessment',
    endpoint: lrs.endpoint,
    key: lrs.key,
    secret: lrs.secret,
    registration,
    accountName: 'keyboard-learner',
    actorName: 'Keyboard Learner',
  })
  const { page, guard, errors } = await openLoopPage(loop, `/?${launch}`)
  // Waits for steps end with the attempt: the core takes no more.
  const { seen, steps, events: read } = coreWaits(page, { tail: 25, orEnded: true })
  await seen('step-started', 'prepare')
  const press = (name: string) => pressButton(page, name, { tally })
  const reach = (name: string) => press(`Reach for ${name}`)
  // Grip (G) and trigger (T) by their bound keys: they act while a mirror button keeps the focus.
  const trigger = async () => {
    await page.keyboard.down('KeyT')
    await steps(2)
    await page.keyboard.up('KeyT')
  }
  const use = async (name: string, step: string) => {
    await reach(name)
    await steps(2)
    await trigger()
    await seen('step-completed', step)
  }
  const grip = async () => {
    await page.keyboard.press('KeyG')
    await steps(2)
  }
  // Take a lock, carry it to a hasp (the core moves it by velocity: a second of steps), let go.
  const lockOn = async (lock: string, hasp: string, step: string) => {
    await reach(lock)
    await steps(2)
    await grip()
    await reach(hasp)
    await steps(90)
    await grip()
    await seen('step-completed', step)
  }

  await use('Energy control procedure of press 3', 'prepare')
  await use('Maria, press operator', 'notify')
  // Focus is shown in 3D: a wire box around the object whose button has focus (looked at by eye).
  await focusButton(page, 'Reach for Stop button', { tally })
  await steps(8)
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-loop-focus.png') })
  await use('Stop button', 'shutDown')
  await use('Disconnect E-1 (press 3, 480 V)', 'openDisconnect')
  await lockOn('Your lock and tag 1', 'Lockout hasp 1', 'lockDisconnect')
  await reach('Lockout valve P-1 (air supply)')
  await steps(2)
  await grip()
  await press('Twist hand a quarter turn counter-clockwise')
  await seen('step-completed', 'closeAirValve')
  await grip()
  await lockOn('Your lock and tag 2', 'Lockout hasp 3', 'lockAirValve')
  await use('Dump valve P-2', 'bleedAir')
  await use('Start button', 'tryStart')
  // The meter onto the terminal box, read it; then set it down.
  await reach('Voltage meter')
  await steps(2)
  await grip()
  await reach('Press terminal box')
  await steps(90)
  await trigger()
  await seen('step-completed', 'testVoltage')
  await press('Bring hand back')
  await steps(30)
  await grip()
  await use('Run/off selector', 'controlsOff')
  await press('Walk into Die area (danger zone)')
  await seen('step-completed', 'work')
  await press('Walk back to the start')
  await seen('step-completed', 'leaveArea')
  for (const lock of ['Your lock and tag 1', 'Your lock and tag 2']) {
    await reach(lock)
    await steps(2)
    await grip()
    await press('Bring hand back')
    await steps(60)
    await grip()
  }
  await seen('step-completed', 'removeLocks')
  await use('Maria, press operator', 'notifyRestart')
  await reach('Dump valve P-2')
  await steps(2)
  await trigger()
  await reach('Lockout valve P-1 (air supply)')
  await steps(2)
  await grip()
  await press('Twist hand a quarter turn clockwise')
  await page.waitForFunction(
    () =>
      (window as PageWindow)
        .practicum!.events()
        .some(
          (event) =>
            event.type === 'energy-changed' &&
            event.id === 'air' &&
            event.state === 'live' &&
            event.step > 100,
        ),
    undefined,
    { timeout: 60_000 },
  )
  await grip()
  await reach('Disconnect E-1 (press 3, 480 V)')
  await steps(2)
  await trigger()
  await seen('attempt-ended')
  const played = (Date.now() - started) / 1000

  const events = await read()
  const ended = events.find((event) => event.type === 'attempt-ended')
  expect(ended).toMatchObject({ outcome: 'passed', criticalErrors: [], reason: 'procedure-complete' })
  const rejected = events.filter((event) => event.type === 'action-rejected')
  expect(await page.getByTestId('outcome').textContent()).toMatch(/passed/i)

  // The recording, by keyboard: the visible Download recording button.
  await focusButton(page, 'Download recording', { tally })
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
  const recordingFile = path.join(scratch, download.suggestedFilename())
  await download.saveAs(recordingFile)
  expect(download.suggestedFilename()).toBe(`lockout-tagout-${registration}.recording.json`)
  const recording = JSON.parse(readFileSync(recordingFile, 'utf8')) as Recording
  expect(recording).toEqual(await page.evaluate(() => (window as PageWindow).practicum!.recording()))

  // Every statement of the attempt, by registration: exactly what @practicum/xapi maps from the page's events.
  const mapping = await page.evaluate(() => (window as PageWindow).practicum!.evidence.mapping)
  expect(mapping.registration).toBe(registration)
  const expected = mapAttempt(events, { scenario: await loadLockout(), ...mapping }, recording)
  await expect
    .poll(async () => (await statementsOf(lrs, registration)).length, { timeout: 60_000, interval: 500 })
    .toBe(expected.length)
  const stored = await statementsOf(lrs, registration)
  const summary = (statement: object) => {
    const { id, verb, object, timestamp } = statement as {
      id: string
      verb: { id: string }
      object: { id: string }
      timestamp: string
    }
    return `${id} ${verb.id} ${object.id} ${new Date(timestamp).toISOString()}`
  }
  expect(stored.map(summary).sort()).toEqual(expected.map((item) => summary(item.statement)).sort())
  const last = stored.find((statement) => (statement as { attachments?: unknown[] }).attachments)
  expect(last).toBeDefined()
  await expect
    .poll(() => page.getByTestId('evidence').textContent())
    .toBe(`Evidence: ${expected.length} sent, 0 queued`)

  // The recording verifies in Node: the recorded actions give the recorded result.
  const replay = await new Promise<{ code: number; output: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'scripts/run-ts.mjs'),
        path.join(root, 'packages/cli/src/index.ts'),
        'replay',
        recordingFile,
        '--json',
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('exit', (code) => resolve({ code: code ?? 1, output }))
  })
  expect(replay.output).toContain('{"status":"verified"}')
  expect(replay.code).toBe(0)

  await page.screenshot({ path: path.join(tmpdir(), 'practicum-loop-lockout.png') })
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  console.log(
    `loop, lockout/tagout by keyboard: played in ${played.toFixed(1)} s (${ended?.step} steps, ` +
      `${rejected.length} rejected actions), ${expected.length} statements in the LRS, recording verified; ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s in all; ${tally.tabs} Tab and arrow presses took ${(tally.ms / 1000).toFixed(1)} s`,
  )
  expect(played).toBeLessThanOrEqual(90)
  await page.close()
}, 180_000)

it('says on the page what to do with an unknown scenario or a malformed launch', async () => {
  const { page, guard, errors } = await openLoopPage(loop, '/?scenario=no-such-task')
  const alert = page.getByTestId('launch-error')
  await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('no scenario "no-such-task"')
  expect(await alert.textContent()).toContain('scenario=lockout-tagout')
  await page.goto(`${loop.url}/?endpoint=not-a-url&key=k&secret=s&speed=fast&registration=42`)
  await expect
    .poll(() => alert.textContent(), { timeout: 30_000 })
    .toContain('endpoint=not-a-url is not a URL')
  const text = (await alert.textContent()) ?? ''
  expect(text).toContain('speed=fast is not a whole number')
  expect(text).toContain('registration=42 is not a UUID')
  expect(await page.evaluate(() => (window as PageWindow).practicum)).toBeUndefined()
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  await page.close()
}, 60_000)

it('keeps playing while the LRS is unreachable, says so, and delivers every statement once it answers', async () => {
  const started = Date.now()
  const guard = await guardNetwork(loop.context)
  // An LRS whose port is known but which is not listening yet.
  const dataDir = mkdtempSync(path.join(scratch, 'late-lrs-'))
  const storage = openSqliteStorage({ dataDir })
  const credential = await addCredential(storage, { scopes: ['all'], label: 'late' })
  const probe = await startLrsServer({ storage, port: 0, onError: () => {} })
  const { port } = probe
  await probe.close()
  const endpoint = `http://127.0.0.1:${port}/xapi`
  const registration = randomUUID()
  const page = await loop.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const launch = new URLSearchParams({
    speed: '8',
    seed: '2',
    endpoint,
    key: credential.key,
    secret: credential.secret,
    registration,
  })
  await page.goto(`${loop.url}/?${launch}`)
  const evidence = page.getByTestId('evidence')
  await expect
    .poll(() => evidence.getAttribute('data-state'), { timeout: 60_000, interval: 250 })
    .toBe('unreachable')
  expect(await evidence.textContent()).toMatch(/LRS unreachable .*keep playing, nothing is lost/)
  // Play goes on: the learner reads the procedure meanwhile (Tab, Enter, T), and the step completes.
  await pressButton(page, 'Reach for Energy control procedure of press 3')
  await page.keyboard.down('KeyT')
  await page.waitForFunction(() =>
    (window as PageWindow).practicum!.events().some((event) => event.type === 'step-completed'),
  )
  await page.keyboard.up('KeyT')
  expect(await evidence.getAttribute('data-state')).toBe('unreachable')
  const server2 = await startLrsServer({ storage, port, onError: () => {} })
  try {
    const events = await page.evaluate(() => [...(window as PageWindow).practicum!.events()])
    const mapping = await page.evaluate(() => (window as PageWindow).practicum!.evidence.mapping)
    const expected = mapAttempt(events, { scenario: await loadLockout(), ...mapping })
    expect(expected.map((item) => item.statement.verb.id)).toContain(
      'http://adlnet.gov/expapi/verbs/completed',
    )
    await expect
      .poll(async () => (await statementsOf({ endpoint, ...credential }, registration)).length, {
        timeout: 90_000,
        interval: 500,
      })
      .toBeGreaterThanOrEqual(expected.length)
    const stored = await statementsOf({ endpoint, ...credential }, registration)
    const ids = new Set(stored.map((statement) => (statement as { id: string }).id))
    for (const item of expected) expect(ids.has(item.statement.id)).toBe(true)
    expect(ids.size).toBe(stored.length)
    await expect.poll(() => evidence.getAttribute('data-state'), { timeout: 30_000 }).toBe('sent')
    expect(errors).toEqual([])
    guard.assertLocalOnly()
    console.log(
      `loop, LRS away then back: ${stored.length} statements delivered once; ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
  } finally {
    await page.close()
    await server2.close()
    await storage.close()
  }
}, 150_000)
