// pnpm bench xapi [--smoke] [--large]
// µs and bytes per statement for map + validate + persist (the file queue), and statements/s
// delivered to the project LRS over HTTP (a `practicum lrs` child process on SQLite).
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { formatProblem, loadScenario } from '@practicum/scenario'
import type { SimEvent } from '@practicum/sim'
import {
  createStatementMapper,
  createTransport,
  learnerByAccount,
  validateStatement,
  type OutgoingStatement,
} from '@practicum/xapi'
import { openFileQueueStore } from '@practicum/xapi/node'

interface Options {
  smoke: boolean
  large: boolean
  log: (line: string) => void
}

const root = path.resolve(import.meta.dirname, '../../..')

async function fixtureScenario() {
  const file = path.join(root, 'packages/sim/test/fixtures/press-lockout.yaml')
  const result = await loadScenario(file, { readFile: async (name) => new Uint8Array(readFileSync(name)) })
  if (!result.ok) throw new Error(result.problems.map((problem) => formatProblem(problem)).join('\n'))
  return result.scenario
}

/** Events of long attempts: steps, hazards, readings and hints, then the end with competencies. */
function events(count: number, scenario: Awaited<ReturnType<typeof fixtureScenario>>): SimEvent[] {
  const out: SimEvent[] = [
    {
      step: 0,
      type: 'attempt-started',
      scenario: scenario.id,
      seed: 1,
      mode: 'practice',
      caseRecord: { faults: [], draws: {} },
    },
  ]
  const kinds = ['step', 'hazard', 'hint', 'critical'] as const
  for (let i = 1; out.length < count - 1; i++) {
    const kind = kinds[i % kinds.length]!
    if (kind === 'step')
      out.push({ step: i * 10, type: 'step-completed', id: 'shutDown', inOrder: true, points: 1 })
    else if (kind === 'hazard')
      out.push({
        step: i * 10,
        type: 'hazard-exposed',
        id: 'moving',
        severity: 'fatal',
        outcome: 'warning',
        message: undefined,
      })
    else if (kind === 'hint')
      out.push({ step: i * 10, type: 'hint', id: 'shutDownHint', message: 'The disconnect is on the right.' })
    else
      out.push({
        step: i * 10,
        type: 'critical-error',
        id: 'skippedValve',
        cause: { kind: 'step', id: 'closeValve' },
      })
  }
  out.push({
    step: count * 10,
    type: 'attempt-ended',
    outcome: 'failed',
    score: 0.4,
    points: 2,
    maxPoints: 5,
    criticalErrors: ['skippedValve'],
    competencies: [
      {
        id: 'isolation',
        score: 0.4,
        success: false,
        evidence: [{ kind: 'step', id: 'closeValve', shown: false, weight: 1 }],
      },
    ],
    feedback: [],
    reason: 'critical-error',
  })
  return out
}

function folderBytes(dir: string): number {
  let total = 0
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    const stat = statSync(file)
    total += stat.isDirectory() ? folderBytes(file) : stat.size
  }
  return total
}

async function startLrs(
  dataDir: string,
): Promise<{ child: ChildProcess; endpoint: string; key: string; secret: string }> {
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'scripts/run-ts.mjs'),
      path.join(root, 'packages/cli/src/index.ts'),
      'lrs',
      '--port',
      '0',
      '--data',
      dataDir,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the LRS did not start:\n${output}`)), 60_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const endpoint = /listening on (\S+)/.exec(output)?.[1]
      const key = /key: +(\S+)/.exec(output)?.[1]
      const secret = /secret: +(\S+)/.exec(output)?.[1]
      if (endpoint && key && secret) {
        clearTimeout(timer)
        resolve({ child, endpoint, key, secret })
      }
    })
    child.once('exit', (code) => reject(new Error(`the LRS exited with ${code}:\n${output}`)))
  })
}

export async function run({ smoke, large, log }: Options): Promise<void> {
  const scenario = await fixtureScenario()
  const count = smoke ? 200 : large ? 50_000 : 5_000
  const attempts = Math.max(1, Math.floor(count / 100))
  const dir = mkdtempSync(path.join(tmpdir(), 'practicum-xapi-bench-'))
  try {
    // map
    let started = performance.now()
    const statements: OutgoingStatement[] = []
    for (let attempt = 0; attempt < attempts; attempt++) {
      const mapper = createStatementMapper({
        scenario,
        learner: learnerByAccount('https://lms.example.com', `learner-${attempt}`),
        attemptId: `00000000-0000-4000-8000-${String(attempt).padStart(12, '0')}`,
        anchor: Date.UTC(2026, 10, 29, 8),
        dt: 1 / 90,
      })
      for (const event of events(Math.ceil(count / attempts), scenario))
        statements.push(...mapper.push(event))
      statements.push(...mapper.end())
    }
    const mapUs = ((performance.now() - started) * 1000) / statements.length
    // validate
    started = performance.now()
    for (const { statement } of statements)
      if (!validateStatement(statement, { version: '2.0.0' }).valid)
        throw new Error(`invalid statement ${statement.id}`)
    const validateUs = ((performance.now() - started) * 1000) / statements.length
    // persist
    const queueDir = path.join(dir, 'queue')
    const store = await openFileQueueStore(queueDir)
    started = performance.now()
    for (let i = 0; i < statements.length; i += 50) await store.append(statements.slice(i, i + 50))
    const persistUs = ((performance.now() - started) * 1000) / statements.length
    const jsonBytes =
      statements.reduce((sum, { statement }) => sum + JSON.stringify(statement).length, 0) / statements.length
    const diskBytes = folderBytes(queueDir) / statements.length
    log(`${statements.length} statements (${attempts} attempts)`)
    log(
      `map ${mapUs.toFixed(1)} µs + validate ${validateUs.toFixed(1)} µs + persist (file queue) ${persistUs.toFixed(1)} µs = ${(mapUs + validateUs + persistUs).toFixed(1)} µs per statement`,
    )
    log(
      `${jsonBytes.toFixed(0)} bytes of JSON per statement, ${diskBytes.toFixed(0)} bytes on disk in the queue`,
    )

    // deliver
    const lrs = await startLrs(path.join(dir, 'lrs'))
    try {
      const transport = createTransport({
        store,
        endpoint: lrs.endpoint,
        auth: { kind: 'basic', key: lrs.key, secret: lrs.secret },
        batchSize: 100,
        batchDelayMs: 0,
      })
      started = performance.now()
      await transport.drain(600_000)
      const seconds = (performance.now() - started) / 1000
      await transport.stop()
      const { sent, failed } = transport.status()
      if (sent !== statements.length || failed !== 0) throw new Error(`delivered ${sent}, failed ${failed}`)
      log(
        `delivered ${sent} statements to the local LRS (SQLite, batches of 100, over HTTP) in ${seconds.toFixed(2)} s: ${(sent / seconds).toFixed(0)} statements/s`,
      )
    } finally {
      lrs.child.kill('SIGTERM')
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
