// Shared by the evidence tests: the press-lockout fixture, an expert run, and a real LRS on a free port.
import RAPIER from '@dimforge/rapier3d-compat'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { contentHash, formatProblem, loadScenario, parseScenario, type Scenario } from '@practicum/scenario'
import {
  createSim,
  readBotScript,
  runBot,
  type CompetencyResult,
  type Recording,
  type SimEvent,
} from '@practicum/sim'
import { activityTypes, competencyActivityId, extensions } from '@practicum/xapi'
import {
  addCredential,
  openPostgresStorage,
  openSqliteStorage,
  startLrsServer,
  type LrsServer,
  type LrsStorage,
} from '@practicum/lrs'

export const fixtures = path.resolve(import.meta.dirname, '../../packages/sim/test/fixtures')

/** A scenario file, validated, with its content hash. */
export async function loadScenarioFile(file: string): Promise<{ scenario: Scenario; hash: string }> {
  const result = await loadScenario(file, {
    readFile: async (name) => {
      try {
        return new Uint8Array(readFileSync(name))
      } catch {
        return undefined
      }
    },
  })
  if (!result.ok) throw new Error(result.problems.map((problem) => formatProblem(problem)).join('\n'))
  return { scenario: result.scenario, hash: result.hash }
}

/** An attempt run headless with a bot file: its events, recording and dt. */
export async function runAttempt(
  scenarioFile: string,
  botFile: string,
): Promise<{
  scenario: Scenario
  hash: string
  events: readonly SimEvent[]
  recording: Recording
  dt: number
}> {
  await RAPIER.init()
  const { scenario, hash } = await loadScenarioFile(scenarioFile)
  const parsed = parseScenario(readFileSync(botFile, 'utf8'), { file: botFile })
  const { commands, problems } = readBotScript(parsed.data)
  if (problems.length) throw new Error(problems.map((problem) => problem.message).join('\n'))
  const sim = createSim({ rapier: RAPIER, scenario, contentHash: hash })
  runBot(sim, commands)
  const result = { scenario, hash, events: [...sim.events()], recording: sim.recording(), dt: sim.dt }
  sim.dispose()
  return result
}

export { RAPIER, contentHash }

/** A real LRS over HTTP on a free port, on SQLite or PostgreSQL, with one credential. */
export interface RunningLrs {
  server: LrsServer
  storage: LrsStorage
  endpoint: string
  key: string
  secret: string
  close: () => Promise<void>
}

export async function startLrs(kind: 'sqlite' | 'postgres', postgresUrl?: string): Promise<RunningLrs> {
  let storage: LrsStorage
  let cleanup = async () => {}
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'practicum-xapi-lrs-'))
    storage = openSqliteStorage({ dataDir: dir })
    cleanup = async () => rmSync(dir, { recursive: true, force: true })
  } else {
    if (!postgresUrl) throw new Error('a PostgreSQL URL is needed')
    storage = await openPostgresStorage({ connectionString: postgresUrl })
  }
  const credential = await addCredential(storage, { scopes: ['all'], label: 'evidence-test' })
  const server = await startLrsServer({ storage, port: 0, onError: () => {} })
  return {
    server,
    storage,
    endpoint: server.url,
    key: credential.key,
    secret: credential.secret,
    async close() {
      await server.close()
      await storage.close()
      await cleanup()
    },
  }
}

/** Every statement the LRS holds for a registration, following `more` links. */
export async function statementsOf(
  lrs: { endpoint: string; key: string; secret: string },
  registration: string,
  version: '2.0.0' | '1.0.3' = '2.0.0',
): Promise<Record<string, unknown>[]> {
  const origin = new URL(lrs.endpoint).origin
  const headers = {
    authorization: `Basic ${btoa(`${lrs.key}:${lrs.secret}`)}`,
    'x-experience-api-version': version,
  }
  const all: Record<string, unknown>[] = []
  let next: string | undefined =
    `${lrs.endpoint}/statements?registration=${registration}&ascending=true&limit=500`
  while (next) {
    const response = await fetch(next, { headers })
    if (response.status !== 200)
      throw new Error(`GET statements: ${response.status} ${await response.text()}`)
    const page = (await response.json()) as { statements: Record<string, unknown>[]; more?: string }
    all.push(...page.statements)
    next = page.more ? `${origin}${page.more}` : undefined
  }
  return all
}

/** A synthetic attempt of `count` statements on a scenario: started, hints, then ended with its competencies. */
export function syntheticEvents(scenario: Scenario, hints: number): SimEvent[] {
  const events: SimEvent[] = [
    {
      step: 0,
      type: 'attempt-started',
      scenario: scenario.id,
      seed: 1,
      mode: 'practice',
      caseRecord: { faults: [], draws: {} },
    },
  ]
  for (let i = 0; i < hints; i++)
    events.push({ step: 10 + i * 9, type: 'hint', id: `hint-${i}`, message: 'look right' })
  events.push({
    step: 20 + hints * 9,
    type: 'attempt-ended',
    outcome: 'failed',
    score: 0.5,
    points: 1,
    maxPoints: 2,
    criticalErrors: [],
    competencies: scenario.assessment.competencies.map((competency) => ({
      id: competency.id,
      score: 0.5,
      success: false,
      evidence: [],
    })),
    feedback: [],
    reason: 'finished-by-learner',
  })
  return events
}

/** Per-competency results rebuilt from stored statements alone (what any LRS reader can do). */
export function competenciesFrom(
  scenario: Scenario,
  stored: readonly Record<string, unknown>[],
): CompetencyResult[] {
  return stored
    .filter(
      (statement) =>
        (statement.object as { definition?: { type?: string } }).definition?.type ===
        activityTypes.competency,
    )
    .map((statement) => {
      const objectId = (statement.object as { id: string }).id
      const competency = scenario.assessment.competencies.find(
        (candidate) => competencyActivityId(scenario, candidate.id) === objectId,
      )
      const result = statement.result as {
        success: boolean
        score: { scaled: number }
        extensions: Record<string, unknown>
      }
      return {
        id: competency?.id ?? objectId,
        score: result.score.scaled,
        success: result.success,
        evidence: result.extensions[extensions.evidence] as CompetencyResult['evidence'],
      }
    })
}
