// Evidence from a real attempt: the press-lockout expert run mapped to statements, validated,
// delivered to a real LRS over HTTP in 2.0.0 and 1.0.3, and competencies rebuilt from the LRS alone.
import { createHash } from 'node:crypto'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { replay, type SimEvent } from '@practicum/sim'
import {
  createMemoryQueueStore,
  createTransport,
  extensions,
  forVersion,
  learnerByAccount,
  learnerByMbox,
  mapAttempt,
  recordingUsageType,
  uuidV5,
  validateStatement,
  type OutgoingStatement,
  type StatementMapperOptions,
  type XapiVersion,
} from '@practicum/xapi'
import {
  competenciesFrom as rebuildCompetencies,
  fixtures,
  RAPIER,
  runAttempt,
  startLrs,
  statementsOf,
  type RunningLrs,
} from './xapi/evidence-support.ts'

const attemptId = '5b0b6a8e-8d7e-4a51-9f39-3c1b9a3c7f10'
const anchor = Date.parse('2026-11-29T08:00:00.000Z')
let run: Awaited<ReturnType<typeof runAttempt>>
let options: StatementMapperOptions
let statements: OutgoingStatement[]
let ended: Extract<SimEvent, { type: 'attempt-ended' }>

beforeAll(async () => {
  run = await runAttempt(
    path.join(fixtures, 'press-lockout.yaml'),
    path.join(fixtures, 'press-lockout.expert.bot.yaml'),
  )
  options = {
    scenario: run.scenario,
    learner: learnerByAccount('https://lms.example.com', 'worker-0042'),
    attemptId,
    anchor,
    dt: run.dt,
    contentHash: run.hash,
    instructor: learnerByMbox('assessor@example.com'),
  }
  statements = mapAttempt(run.events, options, run.recording)
  ended = run.events.find((event) => event.type === 'attempt-ended') as typeof ended
})

const competenciesFrom = (stored: Record<string, unknown>[]) => rebuildCompetencies(run.scenario, stored)

describe('mapping an expert attempt', () => {
  it('passes, and every statement is valid xAPI 2.0.0 and, adapted, 1.0.3', () => {
    expect(ended.outcome).toBe('passed')
    expect(statements.length).toBeGreaterThan(5)
    for (const { statement } of statements) {
      expect(validateStatement(statement, { version: '2.0.0' }).issues).toEqual([])
      expect(validateStatement(forVersion(statement, '1.0.3'), { version: '1.0.3' }).issues).toEqual([])
      // a 2.0.0 statement with contextAgents is refused by 1.0.3 validation: the adaptation matters
      expect(validateStatement(statement, { version: '1.0.3' }).valid).toBe(false)
    }
  })

  it('names statements by UUID v5 of (attempt, event sequence) and dates them anchor + step × dt', () => {
    const ids = statements.map(({ statement }) => statement.id)
    expect(new Set(ids).size).toBe(ids.length)
    const first = statements[0]!.statement
    const startIndex = run.events.findIndex((event) => event.type === 'attempt-started')
    expect(first.id).toBe(uuidV5(`${attemptId}/${startIndex}/0`))
    for (const { statement } of statements) {
      const step = statement.context?.extensions?.[extensions.simStep] as number
      expect(Date.parse(statement.timestamp)).toBe(anchor + Math.round(step * run.dt * 1000))
    }
    // timestamps never go backwards within the attempt
    const times = statements.map(({ statement }) => Date.parse(statement.timestamp))
    expect([...times].sort((a, b) => a - b)).toEqual(times)
  })

  it('sends one statement per competency with the core result, and the recording on the last', () => {
    expect(competenciesFrom(statements.map(({ statement }) => statement as never))).toEqual(
      ended.competencies,
    )
    const last = statements.at(-1)!
    expect(last.statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed')
    expect(last.statement.result?.score?.scaled).toBe(ended.score)
    const text = JSON.stringify(run.recording)
    expect(last.statement.attachments).toEqual([
      expect.objectContaining({
        usageType: recordingUsageType,
        contentType: 'application/json',
        length: Buffer.byteLength(text),
        sha2: createHash('sha256').update(text).digest('hex'),
      }),
    ])
    expect(last.attachments[0]!.text).toBe(text)
  })

  it('rebuilds identical statements from the recording (replayed)', () => {
    const replayed = replay({
      rapier: RAPIER,
      scenario: run.scenario,
      recording: run.recording,
      contentHash: run.hash,
    })
    expect(replayed.status).toBe('verified')
    if (replayed.status !== 'verified') return
    expect(mapAttempt(replayed.events, options, run.recording)).toEqual(statements)
  })
})

describe('an expert run in a real LRS over HTTP', () => {
  let lrs: RunningLrs
  beforeAll(async () => {
    lrs = await startLrs('sqlite')
  })
  afterAll(() => lrs.close())

  for (const version of ['2.0.0', '1.0.3'] as XapiVersion[]) {
    it(`is accepted in ${version} and its competencies are rebuilt from the LRS alone`, async () => {
      // another attempt id: the same ids with other content would be conflicts (kept, not stored)
      const registration = uuidV5(`attempt/${version}`)
      const mapped = mapAttempt(run.events, { ...options, attemptId: registration }, run.recording)
      const transport = createTransport({
        store: createMemoryQueueStore(),
        endpoint: lrs.endpoint,
        auth: { kind: 'basic', key: lrs.key, secret: lrs.secret },
        version,
        batchDelayMs: 0,
      })
      await transport.enqueue(mapped)
      await transport.drain(30_000)
      await transport.stop()
      expect(transport.status()).toMatchObject({ sent: mapped.length, failed: 0, queued: 0 })
      const stored = await statementsOf(lrs, registration, version)
      expect(stored.map((statement) => statement.id)).toEqual(mapped.map(({ statement }) => statement.id))
      expect(competenciesFrom(stored)).toEqual(ended.competencies)
      const final = stored.at(-1) as { attachments: { sha2: string }[] }
      expect(final.attachments[0]!.sha2).toBe(mapped.at(-1)!.statement.attachments![0]!.sha2)
      // 2.0.0 keeps the assessor as a contextAgent; 1.0.3 could not carry it
      const context = stored[0]!.context as Record<string, unknown>
      expect('contextAgents' in context).toBe(version === '2.0.0')
    })
  }
})
