// The shipped confined-space scenario (issue 9, ../shared/SCENARIOS.md): the expert passes with full
// marks on every case, its event stream is a reviewed snapshot, every golden run gives the outcome
// it names, the gases stratify and ventilation clears them, and the README's generated parameter
// table matches the scenario.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { SimEvent } from '@practicum/sim'
import { runExpert, runGolden } from '../../scenarios/confined-space/bots/expert.ts'
import {
  loadConfinedSpace,
  scenarioDir,
  startAttempt,
  type LoadedConfinedSpace,
} from './support/confined-space.ts'
import { generatedRegion, renderParameterTable } from './support/parameter-table.ts'

/** The long run: PRACTICUM_LONG=1 runs the expert on all 50 seeds instead of one per case record. */
const long = process.argv.includes('--long') || process.env['PRACTICUM_LONG'] === '1'
const allSeeds = Array.from({ length: 50 }, (_, index) => index + 1)

let bundle: LoadedConfinedSpace
beforeAll(async () => {
  bundle = await loadConfinedSpace()
})

function ended(events: readonly SimEvent[]) {
  const end = events.find((event) => event.type === 'attempt-ended')
  if (end?.type !== 'attempt-ended') throw new Error('the attempt did not end')
  return end
}

/** The case record of each seed 1–50, drawn without playing. */
function caseRecords(): Map<number, string> {
  const records = new Map<number, string>()
  for (const seed of allSeeds) {
    const sim = startAttempt(bundle, seed)
    records.set(seed, JSON.stringify(sim.caseRecord))
    sim.dispose()
  }
  return records
}

/** The seeds CI runs: the first seed of each distinct case record among 1–50, plus 1, 17 and 42. */
function ciSeeds(): number[] {
  const firstOfCase = new Map<string, number>()
  for (const [seed, record] of caseRecords()) if (!firstOfCase.has(record)) firstOfCase.set(record, seed)
  return [...new Set([...firstOfCase.values(), 1, 17, 42])].sort((a, b) => a - b)
}

/** The meter's readings each time the learner read it, by reading id. */
function meterReads(events: readonly SimEvent[]): Record<string, number>[] {
  return events.flatMap((event) =>
    event.type === 'instrument-read' && event.instrument === 'gasMeter'
      ? [Object.fromEntries(event.readings.map((reading) => [reading.id, reading.value]))]
      : [],
  )
}

describe('confined-space: the scenario', () => {
  it('declares every safety number as a parameter with a unit and a cited source', () => {
    expect(bundle.scenario.parameters.length).toBeGreaterThan(0)
    for (const parameter of bundle.scenario.parameters) {
      expect(parameter.unit, parameter.id).not.toBe('')
      expect(parameter.source.length, parameter.id).toBeGreaterThan(10)
    }
  })

  it('is complete in English, French and Spanish', () => {
    expect(bundle.scenario.locales.available).toEqual(['en', 'fr', 'es'])
    const missing = bundle.scenario.messages.flatMap((message) =>
      ['en', 'fr', 'es'].filter((locale) => !message.text[locale]?.trim()).map((l) => `${message.key}.${l}`),
    )
    expect(missing).toEqual([])
  })

  it('offers practice and assessment modes', () => {
    expect(bundle.scenario.modes).toEqual(['practice', 'assessment'])
  })

  it('draws all four cases (failed bump test, rising H2S, both, neither) among seeds 1–50', () => {
    expect(new Set(caseRecords().values()).size).toBe(4)
  })

  it("the README's parameter table is the one generated from the scenario", () => {
    const file = path.join(scenarioDir, 'README.md')
    const readme = readFileSync(file, 'utf8')
    const table = renderParameterTable(bundle.scenario)
    const region = generatedRegion(readme)
    if (process.env['PRACTICUM_WRITE_README'] === '1' && region !== undefined && region !== table)
      writeFileSync(file, readme.replace(region, table))
    else
      expect(
        region,
        'regenerate with PRACTICUM_WRITE_README=1 npx vitest run --project root test/scenarios',
      ).toBe(table)
  })

  it('gases stratify before ventilation (methane at the top, H2S and the oxygen deficit at the bottom) and forced air clears them', () => {
    // The golden run that tests without the blower reads top, middle and bottom of a raw vault.
    const raw = startAttempt(bundle, 1)
    runGolden(raw, bundle.segments, bundle.golden.get('bots/golden/entered-out-of-range.yaml')!)
    const [, top, middle, bottom] = meterReads(raw.events())
    raw.dispose()
    expect(top!['meterFlammable']).toBeGreaterThan(middle!['meterFlammable']!)
    expect(middle!['meterFlammable']).toBeGreaterThan(bottom!['meterFlammable']!)
    expect(bottom!['meterH2S']).toBeGreaterThan(middle!['meterH2S']!)
    expect(middle!['meterH2S']).toBeGreaterThan(top!['meterH2S']!)
    expect(bottom!['meterO2']).toBeLessThan(top!['meterO2']!)
    // Unventilated, the vault is out of range at the top (methane) and the bottom (H2S, O2).
    const limit = (id: string) => bundle.scenario.parameters.find((p) => p.id === id)!.default
    expect(top!['meterFlammable']).toBeGreaterThanOrEqual(limit('flammableMax'))
    expect(bottom!['meterH2S']).toBeGreaterThanOrEqual(limit('h2sMax'))
    expect(bottom!['meterO2']).toBeLessThan(limit('oxygenMin'))
    // The expert ventilates first: the same levels read in range.
    const ventilated = startAttempt(bundle, 1)
    runExpert(ventilated, bundle.segments, bundle.expertPlan)
    const [, vTop, , vBottom] = meterReads(ventilated.events())
    ventilated.dispose()
    expect(vTop!['meterFlammable']).toBeLessThan(limit('flammableMax'))
    expect(vBottom!['meterH2S']).toBeLessThan(limit('h2sMax'))
    expect(vBottom!['meterO2']).toBeGreaterThanOrEqual(limit('oxygenMin'))
  })
})

describe('confined-space: the expert', () => {
  it(`passes with full marks on ${long ? 'every seed 1–50' : 'one seed per case record and seeds 1, 17, 42'}`, () => {
    const started = performance.now()
    const seeds = long ? allSeeds : ciSeeds()
    const results = seeds.map((seed) => {
      const sim = startAttempt(bundle, seed)
      const found = runExpert(sim, bundle.segments, bundle.expertPlan)
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
    console.log(
      `confined-space expert: ${seeds.length} seeds in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    )
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

  it('passes in practice mode too, where it is offered hints', () => {
    const sim = startAttempt(bundle, 14, 'practice')
    runExpert(sim, bundle.segments, bundle.expertPlan)
    expect(ended(sim.events())).toMatchObject({ outcome: 'passed', score: 1, criticalErrors: [] })
    // The 30 s purge leaves the first test step waiting long enough for its hint.
    expect(sim.events().filter((event) => event.type === 'hint').length).toBeGreaterThan(0)
    sim.dispose()
  })

  it("follows a provider's parameter overrides (a 25 s toxic sample time completes the top toxic test 5 s sooner)", () => {
    const toxicTopAt = (parameters: Record<string, number>) => {
      const sim = startAttempt(bundle, 1, 'assessment', parameters)
      runExpert(sim, bundle.segments, bundle.expertPlan)
      const done = sim
        .events()
        .find((event) => event.type === 'step-completed' && event.id === 'testTopToxic')
      expect(ended(sim.events())).toMatchObject({ outcome: 'passed', score: 1 })
      sim.dispose()
      return done?.step ?? Infinity
    }
    const standard = toxicTopAt({})
    expect(toxicTopAt({ toxicSampleTime: 25 })).toBe(standard - 5 * 90)
  })

  it('its event stream on seed 14 (both faults) matches the reviewed snapshot', async () => {
    const sim = startAttempt(bundle, 14)
    expect(sim.caseRecord.faults).toEqual(['failedBump', 'risingH2S'])
    runExpert(sim, bundle.segments, bundle.expertPlan)
    const lines = sim.events().map((event) => JSON.stringify(event))
    // Assessment mode gives no hints.
    expect(sim.events().filter((event) => event.type === 'hint')).toEqual([])
    sim.dispose()
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(
      path.join(scenarioDir, 'bots', 'expert.seed-14.events.jsonl'),
    )
  })
})

describe('confined-space: golden runs', () => {
  it('each gives exactly the outcome and critical errors it names', () => {
    expect(bundle.golden.size).toBeGreaterThanOrEqual(7)
    for (const [name, run] of bundle.golden) {
      const sim = startAttempt(bundle, run.seed, run.mode)
      runGolden(sim, bundle.segments, run)
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
