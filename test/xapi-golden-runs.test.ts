// Each scenario's golden runs as evidence: per-competency results rebuilt from the LRS alone are
// exactly the core's attempt-ended results, every attempt follows the profile's attempt pattern,
// and activity names carry every locale of the scenario.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SimEvent } from '@practicum/sim'
import {
  createTransport,
  learnerByAccount,
  mapAttempt,
  matchProfile,
  uuidV5,
  type OutgoingStatement,
  type ProfileDocument,
} from '@practicum/xapi'
import { openFileQueueStore } from '@practicum/xapi/node'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runGolden } from '../scenarios/lockout-tagout/bots/expert.ts'
import { loadLockout, startAttempt, type LoadedLockout } from './scenarios/support/lockout-tagout.ts'
import { competenciesFrom, startLrs, statementsOf, type RunningLrs } from './xapi/evidence-support.ts'

const profile = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../packages/xapi/profile/practicum-profile.jsonld'), 'utf8'),
) as ProfileDocument
let lockout: LoadedLockout
let lrs: RunningLrs

beforeAll(async () => {
  lockout = await loadLockout()
  lrs = await startLrs('sqlite')
}, 120_000)
afterAll(() => lrs?.close())

type Ended = Extract<SimEvent, { type: 'attempt-ended' }>

describe('lockout-tagout: evidence of every golden run', () => {
  it('rebuilds exactly the core competency results from the LRS alone', async () => {
    const runs: {
      name: string
      play: (sim: ReturnType<typeof startAttempt>) => void
      seed: number
      mode: 'practice' | 'assessment'
    }[] = [
      ...[...lockout.golden].map(([name, run]) => ({
        name,
        seed: run.seed,
        mode: run.mode,
        play: (sim: ReturnType<typeof startAttempt>) => runGolden(sim, lockout.segments, run),
      })),
    ]
    expect(runs.length).toBeGreaterThanOrEqual(5)
    const store = await openFileQueueStore(mkdtempSync(path.join(tmpdir(), 'practicum-golden-queue-')))
    const transport = createTransport({
      store,
      endpoint: lrs.endpoint,
      auth: { kind: 'basic', key: lrs.key, secret: lrs.secret },
      batchDelayMs: 0,
    })
    const attempts: { name: string; registration: string; ended: Ended; statements: OutgoingStatement[] }[] =
      []
    for (const run of runs) {
      const sim = startAttempt(lockout, run.seed, run.mode)
      run.play(sim)
      const events = [...sim.events()]
      const recording = sim.recording()
      const dt = sim.dt
      sim.dispose()
      const ended = events.find((event): event is Ended => event.type === 'attempt-ended')
      expect(ended, run.name).toBeDefined()
      const registration = uuidV5(`golden/${run.name}/${process.pid}/${Date.now()}`)
      const statements = mapAttempt(
        events,
        {
          scenario: lockout.scenario,
          learner: learnerByAccount('https://lms.example.com', 'golden-bot'),
          attemptId: registration,
          anchor: Date.parse('2026-11-29T12:00:00Z'),
          dt,
          contentHash: lockout.hash,
        },
        recording,
      )
      const match = matchProfile(
        statements.map(({ statement }) => statement),
        profile,
      )
      const matched = match.templates.map((ids) => ids.map((id) => id.split('/').pop()).join('+') || '-')
      expect(match.problems, `${run.name}: ${matched.join(' ')}`).toEqual([])
      attempts.push({ name: run.name, registration, ended: ended!, statements })
      await transport.enqueue(statements)
    }
    await transport.drain(60_000)
    await transport.stop()
    expect(transport.status()).toMatchObject({ failed: 0, queued: 0 })
    for (const attempt of attempts) {
      const stored = await statementsOf(lrs, attempt.registration)
      expect(stored.length, attempt.name).toBe(attempt.statements.length)
      expect(competenciesFrom(lockout.scenario, stored), attempt.name).toEqual(attempt.ended.competencies)
      // the outcome is on the last statement, with the recording attached
      const last = stored.at(-1) as { verb: { id: string }; attachments?: unknown[] }
      expect(last.verb.id, attempt.name).toBe(`http://adlnet.gov/expapi/verbs/${attempt.ended.outcome}`)
      expect(last.attachments, attempt.name).toHaveLength(1)
    }
    // activity names in every locale the scenario declares
    const first = attempts[0]!.statements[0]!.statement
    expect(Object.keys(first.object.definition!.name!).sort()).toEqual(
      [...lockout.scenario.locales.available].sort(),
    )
  }, 180_000)
})
