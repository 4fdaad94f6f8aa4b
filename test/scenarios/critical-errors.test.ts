// scenarios/critical-errors.json against the shipped scenarios (../shared/SCENARIOS.md): every
// critical error that hazardous-tasks.md names for a task is a critical error of its scenario and
// has a golden run; each scenario README's table "critical error → golden run" covers every
// critical error of the scenario, and every run in it gives the outcome the table says.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Sim, SimEvent } from '@practicum/sim'
import { runGolden } from '../../scenarios/lockout-tagout/bots/expert.ts'
import { runGolden as runSpillGolden } from '../../scenarios/chemical-spill/bots/expert.ts'
import { loadLockout, scenarioDir, startAttempt, type LoadedLockout } from './support/lockout-tagout.ts'
import { loadSpill, startAttempt as startSpill } from './support/chemical-spill.ts'
import { runGolden as runConfinedGolden } from '../../scenarios/confined-space/bots/expert.ts'
import { loadConfinedSpace, startAttempt as startConfined } from './support/confined-space.ts'
import { runGolden as runHeightGolden } from '../../scenarios/work-at-height/bots/expert.ts'
import { loadWorkAtHeight, startAttempt as startHeight } from './support/work-at-height.ts'
import { runGolden as runFireGolden } from '../../scenarios/fire-extinguisher/bots/expert.ts'
import { loadFire, startAttempt as startFire } from './support/fire-extinguisher.ts'

interface TaskEntry {
  task: string
  scenario: string
  criticalErrors: { named: string; id: string }[]
}

interface TableRow {
  error: string | undefined
  run: string
  seed: number
  outcome: string
}

const scenariosRoot = path.resolve(import.meta.dirname, '../../scenarios')
const tasks = (
  JSON.parse(readFileSync(path.join(scenariosRoot, 'critical-errors.json'), 'utf8')) as { tasks: TaskEntry[] }
).tasks

/** The rows of the README table whose header starts with "critical error | golden run". */
export function readTable(readme: string): TableRow[] {
  const lines = readme.split('\n')
  const header = lines.findIndex((line) => /^\|\s*critical error\s*\|\s*golden run\s*\|/.test(line))
  if (header < 0) return []
  const rows: TableRow[] = []
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim())
    const error = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1]
    const run = /\]\(([^)]+)\)/.exec(cells[1] ?? '')?.[1] ?? ''
    rows.push({ error, run, seed: Number(cells[2]), outcome: cells[3] ?? '' })
  }
  return rows
}

/** What this test needs of a shipped scenario: its scenario, its golden runs and how to play one. */
interface Bundle {
  scenario: LoadedLockout['scenario']
  golden: ReadonlyMap<string, { seed: number; mode: 'practice' | 'assessment' }>
  playGolden(run: string): SimEvent[]
}

// The shipped scenarios and how their golden runs are loaded and played.
const bundles: Record<string, () => Promise<Bundle>> = {
  'lockout-tagout': async () => {
    const bundle = await loadLockout()
    return {
      ...bundle,
      playGolden: (name) =>
        play(startAttempt(bundle, ...at(bundle.golden, name)), (sim) =>
          runGolden(sim, bundle.segments, bundle.golden.get(name)!),
        ),
    }
  },
  'chemical-spill': async () => {
    const bundle = await loadSpill()
    return {
      ...bundle,
      playGolden: (name) =>
        play(startSpill(bundle, ...at(bundle.golden, name)), (sim) =>
          runSpillGolden(sim, bundle.segments, bundle.golden.get(name)!),
        ),
    }
  },
  'confined-space': async () => {
    const bundle = await loadConfinedSpace()
    return {
      ...bundle,
      playGolden: (name) =>
        play(startConfined(bundle, ...at(bundle.golden, name)), (sim) =>
          runConfinedGolden(sim, bundle.segments, bundle.golden.get(name)!),
        ),
    }
  },
  'work-at-height': async () => {
    const bundle = await loadWorkAtHeight()
    return {
      ...bundle,
      playGolden: (name) =>
        play(startHeight(bundle, ...at(bundle.golden, name)), (sim) =>
          runHeightGolden(sim, bundle.segments, bundle.golden.get(name)!),
        ),
    }
  },
  'fire-extinguisher': async () => {
    const bundle = await loadFire()
    return {
      ...bundle,
      playGolden: (name) =>
        play(startFire(bundle, ...at(bundle.golden, name)), (sim) =>
          runFireGolden(sim, bundle.segments, bundle.golden.get(name)!),
        ),
    }
  },
}
const loaded = new Map<string, Bundle>()

function at(golden: Bundle['golden'], name: string): [number, 'practice' | 'assessment'] {
  const run = golden.get(name)
  if (!run) throw new Error(`${name} is not a golden run`)
  return [run.seed, run.mode]
}

function play(sim: Sim, run: (sim: Sim) => void): SimEvent[] {
  run(sim)
  const events = sim.events()
  sim.dispose()
  return [...events]
}

beforeAll(async () => {
  for (const task of tasks) {
    const load = bundles[task.scenario]
    if (load) loaded.set(task.scenario, await load())
  }
})

describe('scenarios/critical-errors.json', () => {
  it('names a shipped scenario for every task', () => {
    expect(tasks.length).toBeGreaterThan(0)
    for (const task of tasks) {
      expect(existsSync(path.join(scenariosRoot, task.scenario, 'scenario.yaml')), task.task).toBe(true)
      expect(Object.keys(bundles), task.task).toContain(task.scenario)
    }
  })

  for (const task of tasks) {
    describe(task.task, () => {
      it('every critical error it names is a critical error of the scenario with a golden run', () => {
        const bundle = loaded.get(task.scenario)!
        const declared = bundle.scenario.assessment.criticalErrors.map((error) => error.id)
        const rows = readTable(readFileSync(path.join(scenariosRoot, task.scenario, 'README.md'), 'utf8'))
        for (const entry of task.criticalErrors) {
          expect(declared, entry.named).toContain(entry.id)
          const runs = rows.filter((row) => row.error === entry.id)
          expect(runs.length, `${entry.id}: no golden run in the README table`).toBeGreaterThan(0)
          for (const row of runs) expect(bundle.golden.has(row.run), row.run).toBe(true)
        }
      })

      it('the README table covers every critical error of the scenario, and each run gives the outcome it says', () => {
        const bundle = loaded.get(task.scenario)!
        const rows = readTable(readFileSync(path.join(scenariosRoot, task.scenario, 'README.md'), 'utf8'))
        expect(rows.length).toBeGreaterThan(0)
        for (const error of bundle.scenario.assessment.criticalErrors)
          expect(
            rows.some((row) => row.error === error.id),
            `${error.id} has no row`,
          ).toBe(true)
        for (const row of rows) {
          const run = bundle.golden.get(row.run)
          expect(run, `${row.run} is not a golden run`).toBeDefined()
          if (!run) continue
          expect(run.seed, row.run).toBe(row.seed)
          const end = bundle.playGolden(row.run).find((event) => event.type === 'attempt-ended')
          expect(end?.type === 'attempt-ended' && end.outcome, row.run).toBe(row.outcome)
          const errors = end?.type === 'attempt-ended' ? end.criticalErrors : []
          expect(errors, row.run).toEqual(row.error ? [row.error] : [])
        }
      })
    })
  }
})

it('the table reader finds the rows of the lockout-tagout README', () => {
  const rows = readTable(readFileSync(path.join(scenarioDir, 'README.md'), 'utf8'))
  expect(rows[0]).toEqual({
    error: 'workedWithoutOwnLock',
    run: 'bots/golden/worked-without-own-lock.yaml',
    seed: 2,
    outcome: 'failed',
  })
})
