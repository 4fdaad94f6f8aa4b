// Reach, attach tolerance and distance-grab range come from the scenario (`interaction`), with
// the defaults the core always had: 10 cm, 3 cm, 3 m.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Scenario } from '@practicum/scenario'
import { createSim, runBot, type BotCommand, type Sim, type SimEvent } from '@practicum/sim'
import { loadFixture, RAPIER } from './support/load-fixture.ts'
import { lockOut } from './support/press-lockout-bots.ts'

beforeAll(async () => {
  await RAPIER.init()
})

type Settings = NonNullable<Scenario['interaction']>
const defaults: Settings = { reach: 0.1, attachTolerance: 0.03, distanceGrabRange: 3 }

function attempt(settings: Partial<Settings> | undefined, commands: readonly BotCommand[]): Sim {
  const scenario = loadFixture('press-lockout.yaml')
  expect(scenario.interaction).toBeUndefined()
  const sim = createSim({
    rapier: RAPIER,
    scenario: settings ? { ...scenario, interaction: { ...defaults, ...settings } } : scenario,
    mode: 'assessment',
  })
  runBot(sim, commands, { settleSeconds: 0.2 })
  return sim
}
const rejections = (sim: Sim) =>
  sim
    .events()
    .filter((e): e is Extract<SimEvent, { type: 'action-rejected' }> => e.type === 'action-rejected')
const grabbed = (sim: Sim) => sim.events().filter((e) => e.type === 'grabbed')

const toShelf: BotCommand[] = [{ walkTo: [2.6, 0, 2.5] }, { walkTo: [2.6, 0, 2.2] }]
/** The hand's centre 7 cm above the lock's 1.5 cm sphere: 5.5 cm from its surface. */
const gripAbove: BotCommand[] = [
  ...toShelf,
  { reach: { hand: 'left', to: 'lock', offset: [0, 0.07, 0] } },
  { grip: 'left' },
]

describe('interaction settings from the scenario', () => {
  it('reach: a hand 5.5 cm from the lock takes it with the default 10 cm, not with 5 cm', () => {
    const near = attempt(undefined, gripAbove)
    expect(grabbed(near)).toHaveLength(1)
    near.dispose()
    const short = attempt({ reach: 0.05 }, gripAbove)
    expect(grabbed(short)).toEqual([])
    expect(rejections(short).map((e) => e.reason)).toEqual(['nothing-in-reach'])
    short.dispose()
  })

  it('attach tolerance: a lock let go 7 cm off the hasp is refused at 3 cm and locks on at 10 cm', () => {
    const carry: BotCommand[] = [
      ...lockOut.slice(0, 6),
      { reach: { hand: 'left', to: 'hasp', offset: [0, 0.08, 0] } },
      { wait: 0.2 },
      { release: 'left' },
    ]
    const strict = attempt(undefined, carry)
    expect(rejections(strict)[0]?.detail).toMatch(
      /^lock is 7\.\d cm from haspPoint; it locks on within 3 cm$/,
    )
    strict.dispose()
    const lenient = attempt({ attachTolerance: 0.1 }, carry)
    expect(rejections(lenient)).toEqual([])
    expect(lenient.events()).toContainEqual(expect.objectContaining({ type: 'attached', object: 'lock' }))
    lenient.dispose()
  })

  it('distance-grab range: the lock 2.2 m down the ray comes with 3 m, not with 2 m', () => {
    const pull: BotCommand[] = [
      { walkTo: [2.6, 0, 4] },
      { point: { hand: 'left', on: true } },
      { aim: { hand: 'left', at: 'lock' } },
      { grip: 'left' },
    ]
    const far = attempt(undefined, pull)
    expect(grabbed(far)).toEqual([expect.objectContaining({ object: 'lock', distance: true })])
    far.dispose()
    const near = attempt({ distanceGrabRange: 2 }, pull)
    expect(grabbed(near)).toEqual([])
    expect(rejections(near)).toEqual([
      expect.objectContaining({ reason: 'out-of-range', detail: 'nothing graspable within 2 m of the ray' }),
    ])
    near.dispose()
  })
})
