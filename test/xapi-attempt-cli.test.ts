// `practicum attempt`: a headless attempt whose evidence waits in the durable queue while the LRS
// is unreachable and goes with the next attempt, each statement once.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { fixtures, startLrs, statementsOf, type RunningLrs } from './xapi/evidence-support.ts'

const root = path.resolve(import.meta.dirname, '..')
let lrs: RunningLrs

beforeAll(async () => {
  lrs = await startLrs('sqlite')
})
afterAll(() => lrs?.close())

function attempt(
  endpoint: string,
  queue: string,
): Promise<{ code: number; result: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'scripts/run-ts.mjs'),
        path.join(root, 'packages/cli/src/index.ts'),
        'attempt',
        path.join(fixtures, 'press-lockout.yaml'),
        '--bot',
        path.join(fixtures, 'press-lockout.expert.bot.yaml'),
        '--lrs',
        endpoint,
        '--key',
        lrs.key,
        '--secret',
        lrs.secret,
        '--queue',
        queue,
        '--timeout',
        '2',
        '--json',
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => {
      const line = output.split('\n').find((candidate) => candidate.startsWith('{'))
      if (!line) reject(new Error(`no result line:\n${output}`))
      else resolve({ code: code ?? 1, result: JSON.parse(line) as Record<string, unknown> })
    })
  })
}

it('keeps the evidence queued while the LRS is unreachable and delivers it with the next attempt', async () => {
  const queue = mkdtempSync(path.join(tmpdir(), 'practicum-attempt-queue-'))
  // a port nothing listens on: the LRS is unreachable
  const offline = await attempt('http://127.0.0.1:9/xapi', queue)
  expect(offline.code).toBe(1)
  expect(offline.result).toMatchObject({ outcome: 'passed', sent: 0, failed: 0 })
  const waiting = offline.result.queued as number
  expect(waiting).toBeGreaterThan(5)

  const online = await attempt(lrs.endpoint, queue)
  expect(online.code).toBe(0)
  expect(online.result).toMatchObject({ outcome: 'passed', failed: 0, queued: 0, sent: waiting * 2 })
  for (const registration of [offline.result.registration, online.result.registration] as string[]) {
    const stored = await statementsOf(lrs, registration)
    expect(stored).toHaveLength(waiting)
    expect(new Set(stored.map((statement) => statement.id)).size).toBe(waiting)
  }
}, 120_000)
