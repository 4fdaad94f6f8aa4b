// A read instrument reports whether each reading alarms (its `alarmWhen`), as the learner's display
// shows it. Needed by scenarios whose gauges alarm (scenarios/lockout-tagout: the cylinder gauge
// above the residual-pressure limit, the meter above 50 V).
import { beforeAll, describe, expect, it } from 'vitest'
import { createSim, runBot, type Sim, type SimEvent } from '@practicum/sim'
import { loadFixture, RAPIER } from './support/load-fixture.ts'

beforeAll(async () => {
  await RAPIER.init()
})

const scenario = () => loadFixture('rules-playground.yaml')
const reads = (sim: Sim) =>
  sim
    .events()
    .filter((e): e is Extract<SimEvent, { type: 'instrument-read' }> => e.type === 'instrument-read')

function leakSeed(): number {
  for (let seed = 1; seed < 50; seed++) {
    const sim = createSim({ rapier: RAPIER, scenario: scenario(), seed })
    const leak = sim.caseRecord.faults.includes('leak')
    sim.dispose()
    if (leak) return seed
  }
  throw new Error('no seed with the leak')
}

describe('instrument alarms', () => {
  it('a reading over its alarm level reads as alarming; under it, not', () => {
    const sim = createSim({ rapier: RAPIER, scenario: scenario(), seed: leakSeed() })
    const read = [
      { reach: { hand: 'right' as const, to: 'meter' } },
      { grip: 'right' as const },
      { trigger: 'right' as const },
    ]
    runBot(sim, read, { settleSeconds: 0 })
    // Early on the reading is still near its drawn 2–8 ppm, under the 10 ppm alarm.
    expect(reads(sim)[0]?.readings[0]).toMatchObject({ id: 'h2s', alarm: false })
    runBot(sim, [{ wait: 8 }, { trigger: 'right' }], { settleSeconds: 0 })
    const later = reads(sim)[1]?.readings[0]
    expect(later?.value).toBeGreaterThan(10e-6)
    expect(later).toMatchObject({ id: 'h2s', alarm: true })
    expect(sim.context.alarms.has('h2s')).toBe(true)
    sim.dispose()
  })
})
