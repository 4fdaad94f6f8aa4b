import { beforeAll, describe, expect, it } from 'vitest'
import { createSim, runBot, type Sim } from '@practicum/sim'
import { loadFixture, RAPIER } from './support/load-fixture.ts'

beforeAll(async () => {
  await RAPIER.init()
})

const start = (): Sim => createSim({ rapier: RAPIER, scenario: loadFixture('spray-and-rates.yaml') })
const flame = (sim: Sim) => sim.context.values.get('flame') as number

describe('rates, rays and facing, from scenario data', () => {
  it('a number variable with a rate grows by rate × dt every step, within its max', () => {
    const sim = start()
    runBot(sim, [{ wait: 1 }], { settleSeconds: 0 })
    // The nozzle on its stand sprays the base 1.4 m away (reach 2 m): 0.5 m/s knocks 0.5 m down in 1 s.
    expect(flame(sim)).toBeLessThan(0.006)
    runBot(sim, [{ wait: 1 }], { settleSeconds: 0 })
    expect(flame(sim)).toBe(0)
    sim.dispose()
  })

  it('a ray hits only what it meets first, within its reach, and turns with the object', () => {
    const sim = start()
    const hitting = () => sim.context.values.get('hitting')
    runBot(sim, [{ wait: 0.1 }], { settleSeconds: 0 })
    expect(hitting()).toBe(true)
    // Take the nozzle and turn it a quarter turn: the ray now misses, and the fire grows back.
    runBot(
      sim,
      [
        { walkTo: [0, 0, 1.2] },
        { reach: { hand: 'right', to: 'nozzle' } },
        { grip: 'right' },
        { turn: { hand: 'right', by: Math.PI / 2, axis: [0, 1, 0] } },
        { wait: 1 },
      ],
      { settleSeconds: 0 },
    )
    expect(hitting()).toBe(false)
    const grown = flame(sim)
    runBot(sim, [{ wait: 1 }], { settleSeconds: 0 })
    expect(flame(sim)).toBeCloseTo(grown + 0.02, 6)
    // Back at the fire but from 3 m away: beyond its 2 m reach, the ray does not count.
    runBot(
      sim,
      [{ turn: { hand: 'right', by: -Math.PI / 2, axis: [0, 1, 0] } }, { walkTo: [0, 0, 2.8] }, { wait: 1 }],
      { settleSeconds: 0 },
    )
    expect(hitting()).toBe(false)
    runBot(sim, [{ walkTo: [0, 0, 1.6] }, { wait: 1 }], { settleSeconds: 0 })
    expect(hitting()).toBe(true)
    sim.dispose()
  })

  it('facing is true while the head looks towards the object, false once the learner turns their back', () => {
    const sim = start()
    const facing = () => sim.context.values.get('facingFire')
    runBot(sim, [{ wait: 0.1 }], { settleSeconds: 0 })
    expect(facing()).toBe(true)
    runBot(sim, [{ look: [0, 1.7, 10] }, { wait: 0.1 }], { settleSeconds: 0 })
    expect(facing()).toBe(false)
    // Sideways, a little towards it: still facing.
    runBot(sim, [{ look: [5, 1.7, 1.9] }, { wait: 0.1 }], { settleSeconds: 0 })
    expect(facing()).toBe(true)
    runBot(sim, [{ look: [5, 1.7, 2.1] }, { wait: 0.1 }], { settleSeconds: 0 })
    expect(facing()).toBe(false)
    runBot(sim, [{ look: 'fireBase' }, { wait: 0.1 }], { settleSeconds: 0 })
    expect(facing()).toBe(true)
    sim.dispose()
  })
})
