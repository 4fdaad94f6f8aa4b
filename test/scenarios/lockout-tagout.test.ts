// The shipped lockout/tagout scenario (issue 7, ../shared/SCENARIOS.md): the expert passes with
// full marks on every case, its event stream is a reviewed snapshot, every golden run gives the
// outcome it names, and the README's generated parameter table matches the scenario.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { SimEvent } from '@practicum/sim'
import { runExpert, runGolden } from '../../scenarios/lockout-tagout/bots/expert.ts'
import { loadLockout, scenarioDir, startAttempt, type LoadedLockout } from './support/lockout-tagout.ts'
import { generatedRegion, renderParameterTable } from './support/parameter-table.ts'

/**
 * The long run: PRACTICUM_LONG=1 (Vitest's CLI rejects unknown flags, so `--long` is read only
 * where a runner passes it through) runs the expert on all 50 seeds instead of one per case record.
 */
const long = process.argv.includes('--long') || process.env['PRACTICUM_LONG'] === '1'
const allSeeds = Array.from({ length: 50 }, (_, index) => index + 1)

let lockout: LoadedLockout
beforeAll(async () => {
  lockout = await loadLockout()
})

function ended(events: readonly SimEvent[]) {
  const end = events.find((event) => event.type === 'attempt-ended')
  if (end?.type !== 'attempt-ended') throw new Error('the attempt did not end')
  return end
}

/** The seeds CI runs: the first seed of each distinct case record among 1–50, plus 1, 17 and 42. */
function ciSeeds(): number[] {
  const firstOfCase = new Map<string, number>()
  for (const seed of allSeeds) {
    const sim = startAttempt(lockout, seed)
    const key = JSON.stringify(sim.caseRecord)
    sim.dispose()
    if (!firstOfCase.has(key)) firstOfCase.set(key, seed)
  }
  return [...new Set([...firstOfCase.values(), 1, 17, 42])].sort((a, b) => a - b)
}

describe('lockout-tagout: the scenario', () => {
  it('declares every safety number as a parameter with a unit and a cited source', () => {
    expect(lockout.scenario.parameters.length).toBeGreaterThan(0)
    for (const parameter of lockout.scenario.parameters) {
      expect(parameter.unit, parameter.id).not.toBe('')
      expect(parameter.source.length, parameter.id).toBeGreaterThan(10)
    }
  })

  it('is complete in English, French and Spanish', () => {
    expect(lockout.scenario.locales.available).toEqual(['en', 'fr', 'es'])
    const missing = lockout.scenario.messages.flatMap((message) =>
      ['en', 'fr', 'es'].filter((locale) => !message.text[locale]?.trim()).map((l) => `${message.key}.${l}`),
    )
    expect(missing).toEqual([])
  })

  it('offers practice and assessment modes', () => {
    expect(lockout.scenario.modes).toEqual(['practice', 'assessment'])
  })

  it('draws several distinct cases among seeds 1–50', () => {
    const records = new Set(
      allSeeds.map((seed) => {
        const sim = startAttempt(lockout, seed)
        const key = JSON.stringify(sim.caseRecord)
        sim.dispose()
        return key
      }),
    )
    expect(records.size).toBeGreaterThanOrEqual(4)
  })

  it("the README's parameter table is the one generated from the scenario", () => {
    const file = path.join(scenarioDir, 'README.md')
    const readme = readFileSync(file, 'utf8')
    const table = renderParameterTable(lockout.scenario)
    const region = generatedRegion(readme)
    if (process.env['PRACTICUM_WRITE_README'] === '1' && region !== undefined && region !== table)
      writeFileSync(file, readme.replace(region, table))
    else
      expect(
        region,
        'regenerate with PRACTICUM_WRITE_README=1 npx vitest run --project root test/scenarios',
      ).toBe(table)
  })
})

describe('lockout-tagout: the expert', () => {
  it(`passes with full marks on ${long ? 'every seed 1–50' : 'one seed per case record and seeds 1, 17, 42'}`, () => {
    const seeds = long ? allSeeds : ciSeeds()
    const results = seeds.map((seed) => {
      const sim = startAttempt(lockout, seed)
      const found = runExpert(sim, lockout.segments, lockout.expertPlan)
      const end = ended(sim.events())
      sim.dispose()
      return {
        found: [...found].sort(),
        seed,
        faults: sim.caseRecord.faults,
        outcome: end.outcome,
        score: end.score,
        errors: end.criticalErrors,
        reason: end.reason,
      }
    })
    for (const result of results)
      expect(result, `seed ${result.seed}`).toMatchObject({
        outcome: 'passed',
        score: 1,
        errors: [],
        reason: 'procedure-complete',
        // What the instruments showed the expert is the case it was dealt.
        found: [...result.faults].sort(),
      })
  })

  it('passes in practice mode too', () => {
    const sim = startAttempt(lockout, 1, 'practice')
    runExpert(sim, lockout.segments, lockout.expertPlan)
    expect(ended(sim.events())).toMatchObject({ outcome: 'passed', score: 1, criticalErrors: [] })
    sim.dispose()
  })

  it("follows a provider's parameter overrides (P-1 counts as closed from 80°)", () => {
    const closedAt = (parameters: Record<string, number>) => {
      const sim = startAttempt(lockout, 2, 'assessment', parameters)
      runExpert(sim, lockout.segments, lockout.expertPlan)
      const closed = sim
        .events()
        .find((event) => event.type === 'step-completed' && event.id === 'closeAirValve')
      expect(ended(sim.events())).toMatchObject({ outcome: 'passed', score: 1 })
      sim.dispose()
      return closed?.step ?? Infinity
    }
    expect(closedAt({ valveClosedAngle: (80 * Math.PI) / 180 })).toBeLessThan(closedAt({}))
  })

  it('its event stream on seed 1 (both faults) matches the reviewed snapshot', async () => {
    const sim = startAttempt(lockout, 1)
    runExpert(sim, lockout.segments, lockout.expertPlan)
    const lines = sim.events().map((event) => JSON.stringify(event))
    sim.dispose()
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(
      path.join(scenarioDir, 'bots', 'expert.seed-1.events.jsonl'),
    )
  })
})

describe('lockout-tagout: golden runs', () => {
  it('each gives exactly the outcome and critical errors it names', () => {
    expect(lockout.golden.size).toBeGreaterThanOrEqual(5)
    for (const [name, run] of lockout.golden) {
      const sim = startAttempt(lockout, run.seed, run.mode)
      runGolden(sim, lockout.segments, run)
      const end = ended(sim.events())
      sim.dispose()
      expect({ outcome: end.outcome, criticalErrors: end.criticalErrors }, name).toEqual({
        outcome: run.expect.outcome,
        criticalErrors: run.expect.criticalErrors,
      })
      if (run.expect.scoreBelowOne) expect(end.score, name).toBeLessThan(1)
    }
  })
})
