// The shipped chemical spill scenario (issue 12, ../shared/SCENARIOS.md): the expert passes with
// full marks on every case, its event stream is a reviewed snapshot, every golden run gives the
// outcome it names, and the README's generated parameter table matches the scenario.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Sim, SimEvent } from '@practicum/sim'
import { learnerByAccount, mapAttempt, matchProfile, type ProfileDocument } from '@practicum/xapi'
import { generateAll } from '../../scenarios/chemical-spill/assets/generate.mjs'
import { runExpert, runGolden } from '../../scenarios/chemical-spill/bots/expert.ts'
import { loadSpill, scenarioDir, startAttempt, type LoadedSpill } from './support/chemical-spill.ts'
import { generatedRegion, renderParameterTable } from './support/parameter-table.ts'

/**
 * The long run: PRACTICUM_LONG=1 (Vitest's CLI rejects unknown flags, so `--long` is read only
 * where a runner passes it through) runs the expert on all 50 seeds instead of one per case record.
 */
const long = process.argv.includes('--long') || process.env['PRACTICUM_LONG'] === '1'
const allSeeds = Array.from({ length: 50 }, (_, index) => index + 1)
/** What the SDS of each case's substance, and the drum, show the expert (the findings of expert-plan.yaml). */
const findingsOf: Record<string, string[]> = {
  hydrochloricAcid: ['corrosive'],
  acetone: ['nitrileUnsuitable'],
  hydrogenPeroxide: [],
  drumPierced: ['emergency'],
}
/** The first hydrogen peroxide case among seeds 1–50. */
const peroxideSeed = 3

let spill: LoadedSpill
beforeAll(async () => {
  spill = await loadSpill()
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
    const sim = startAttempt(spill, seed)
    const key = JSON.stringify(sim.caseRecord)
    sim.dispose()
    if (!firstOfCase.has(key)) firstOfCase.set(key, seed)
  }
  return [...new Set([...firstOfCase.values(), 1, 17, 42])].sort((a, b) => a - b)
}

describe('chemical-spill: the scenario', () => {
  it('declares every safety number as a parameter with a unit and a cited source', () => {
    expect(spill.scenario.parameters.length).toBeGreaterThan(0)
    for (const parameter of spill.scenario.parameters) {
      expect(parameter.unit, parameter.id).not.toBe('')
      expect(parameter.source.length, parameter.id).toBeGreaterThan(10)
    }
  })

  it('is complete in English, French and Spanish', () => {
    expect(spill.scenario.locales.available).toEqual(['en', 'fr', 'es'])
    const missing = spill.scenario.messages.flatMap((message) =>
      ['en', 'fr', 'es'].filter((locale) => !message.text[locale]?.trim()).map((l) => `${message.key}.${l}`),
    )
    expect(missing).toEqual([])
  })

  it('offers practice and assessment modes', () => {
    expect(spill.scenario.modes).toEqual(['practice', 'assessment'])
  })

  it('draws each of its three substances, with and without the pierced drum, among seeds 1–50', () => {
    const records = new Set(
      allSeeds.map((seed) => {
        const sim = startAttempt(spill, seed)
        const key = JSON.stringify(sim.caseRecord)
        sim.dispose()
        return key
      }),
    )
    expect([...records].sort()).toEqual(
      ['acetone', 'hydrochloricAcid', 'hydrogenPeroxide']
        .flatMap((id) => [
          JSON.stringify({ faults: [id], draws: {} }),
          JSON.stringify({ faults: [id, 'drumPierced'], draws: {} }),
        ])
        .sort(),
    )
  })

  it('its models are exactly what its generator makes', () => {
    const files = generateAll()
    expect([...files.keys()].sort()).toEqual([
      'jerrican.glb',
      'spill-kit-cart.glb',
      'storage-rack.glb',
      'waste-pail.glb',
    ])
    for (const [file, bytes] of files) {
      const committed = readFileSync(path.join(scenarioDir, 'assets', file))
      expect(Buffer.compare(committed, Buffer.from(bytes)), `${file}: run generate.mjs`).toBe(0)
    }
  })

  it("the README's parameter table is the one generated from the scenario", () => {
    const file = path.join(scenarioDir, 'README.md')
    const readme = readFileSync(file, 'utf8')
    const table = renderParameterTable(spill.scenario)
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

describe('chemical-spill: the expert', () => {
  it(`passes with full marks on ${long ? 'every seed 1–50' : 'one seed per case record and seeds 1, 17, 42'}`, () => {
    const seeds = long ? allSeeds : ciSeeds()
    const results = seeds.map((seed) => {
      const sim = startAttempt(spill, seed)
      const found = runExpert(sim, spill.segments, spill.expertPlan)
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
        // What the SDS showed the expert is the case it was dealt.
        found: result.faults.flatMap((fault) => findingsOf[fault] ?? ['unknown fault']).sort(),
      })
  })

  it('passes in practice mode too', () => {
    const sim = startAttempt(spill, 1, 'practice')
    runExpert(sim, spill.segments, spill.expertPlan)
    expect(ended(sim.events())).toMatchObject({ outcome: 'passed', score: 1, criticalErrors: [] })
    sim.dispose()
  })

  it("follows a provider's parameter overrides (hydrogen peroxide, pH 3, neutralised when corrosivePh is 4)", () => {
    const neutralised = (parameters: Record<string, number>) => {
      const sim = startAttempt(spill, peroxideSeed, 'assessment', parameters)
      const found = runExpert(sim, spill.segments, spill.expertPlan)
      expect(ended(sim.events())).toMatchObject({ outcome: 'passed', score: 1 })
      const used = sim
        .events()
        .some((event) => event.type === 'used' && event.interactable === 'applyNeutraliser' && event.active)
      sim.dispose()
      return { found: [...found], used }
    }
    expect(neutralised({})).toEqual({ found: [], used: false })
    expect(neutralised({ corrosivePh: 4 })).toEqual({ found: ['corrosive'], used: true })
  })

  it('its event stream on seed 1 (hydrochloric acid) matches the reviewed snapshot', async () => {
    const sim = startAttempt(spill, 1)
    runExpert(sim, spill.segments, spill.expertPlan)
    const lines = sim.events().map((event) => JSON.stringify(event))
    sim.dispose()
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(
      path.join(scenarioDir, 'bots', 'expert.seed-1.events.jsonl'),
    )
  })
})

describe('chemical-spill: golden runs', () => {
  it('each gives exactly the outcome and critical errors it names', () => {
    expect(spill.golden.size).toBeGreaterThanOrEqual(5)
    for (const [name, run] of spill.golden) {
      const sim = startAttempt(spill, run.seed, run.mode)
      runGolden(sim, spill.segments, run)
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

describe('chemical-spill: evidence', () => {
  const profile = JSON.parse(
    readFileSync(
      path.resolve(import.meta.dirname, '../../packages/xapi/profile/practicum-profile.jsonld'),
      'utf8',
    ),
  ) as ProfileDocument

  // The expert's attempt (passed) and a run failed by a critical error; test/xapi-golden-runs.test.ts
  // takes lockout/tagout's runs through a real LRS.
  it("maps the expert's attempt and a failed golden run to statements that follow the xAPI profile", () => {
    const runs = [
      { name: 'expert', seed: 1, play: (sim: Sim) => runExpert(sim, spill.segments, spill.expertPlan) },
      ...[...spill.golden].slice(0, 1).map(([name, run]) => ({
        name,
        seed: run.seed,
        play: (sim: Sim) => runGolden(sim, spill.segments, run),
      })),
    ]
    for (const run of runs) {
      const sim = startAttempt(spill, run.seed)
      run.play(sim)
      const events = [...sim.events()]
      const statements = mapAttempt(
        events,
        {
          scenario: spill.scenario,
          learner: learnerByAccount('https://lms.example.com', 'golden-bot'),
          attemptId: `00000000-0000-4000-8000-${String(run.seed).padStart(12, '0')}`,
          anchor: Date.parse('2026-11-29T12:00:00Z'),
          dt: sim.dt,
          contentHash: spill.hash,
        },
        sim.recording(),
      )
      sim.dispose()
      expect(statements.length, run.name).toBeGreaterThan(10)
      expect(
        matchProfile(
          statements.map(({ statement }) => statement),
          profile,
        ).problems,
        run.name,
      ).toEqual([])
    }
  })
})
