// Climbs (scenario `climbs`): a teleport to another level goes only along a declared ladder, from
// its foot, and its three-points-of-contact rule refuses (or records) a climb with a hand full.
// The same judgement is offered to runtimes before they ask (`teleportRefusal`).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Scenario } from '@practicum/scenario'
import { createSim, runBot, teleportRefusal, type Sim, type SimEvent, type Vec3 } from '@practicum/sim'
import { loadFixture, RAPIER } from './support/load-fixture.ts'

beforeAll(async () => {
  await RAPIER.init()
})

const onDeck: Vec3 = { x: 0, y: 3, z: -2 }
const atFoot: Vec3 = { x: 0, y: 0, z: 0.2 }

function start(change: (scenario: Scenario) => Scenario = (s) => s): Sim {
  return createSim({ rapier: RAPIER, scenario: change(loadFixture('ladder-climb.yaml')) })
}
const rejections = (sim: Sim) =>
  sim
    .events()
    .filter((e): e is Extract<SimEvent, { type: 'action-rejected' }> => e.type === 'action-rejected')
const feetY = (sim: Sim) => sim.context.learner.feet().y
const stepDone = (sim: Sim) => sim.events().some((e) => e.type === 'step-completed' && e.id === 'up')
/** Teleports as a bot does (the head comes along), then lets the world settle. */
function teleport(sim: Sim, to: Vec3): void {
  runBot(sim, [{ teleport: [to.x, to.y, to.z] }, { wait: 0.2 }])
}
const refuse = (scenario: Scenario): Scenario => ({
  ...scenario,
  climbs: scenario.climbs.map((climb) => ({
    ...climb,
    handsFree: { hands: 2, source: climb.handsFree!.source },
  })),
})

describe('climbs', () => {
  it('take a learner standing at the ladder foot with both hands free up to the deck, and back', () => {
    const sim = start()
    runBot(sim, [{ walkTo: [atFoot.x, 0, atFoot.z] }, { wait: 0.2 }])
    expect(teleportRefusal(sim.context, onDeck)).toBeUndefined()
    teleport(sim, onDeck)
    expect(feetY(sim)).toBeCloseTo(3, 1)
    expect(stepDone(sim)).toBe(true)
    expect(teleportRefusal(sim.context, atFoot)).toBeUndefined()
    teleport(sim, atFoot)
    expect(feetY(sim)).toBeCloseTo(0, 1)
    expect(rejections(sim)).toEqual([])
    expect(sim.context.values.get('climbedLoaded')).toBe(false)
  })

  it('refuse a change of level anywhere but along a ladder from its foot; the same level always goes', () => {
    const sim = start()
    sim.step()
    expect(teleportRefusal(sim.context, onDeck)).toBe('no-way-there')
    teleport(sim, onDeck)
    expect(feetY(sim)).toBeCloseTo(0, 1)
    expect(stepDone(sim)).toBe(false)
    expect(rejections(sim)).toEqual([expect.objectContaining({ action: 'teleport', reason: 'no-way-there' })])
    // Across the floor (a VR teleport on the learner's own level): no climb needed.
    expect(teleportRefusal(sim.context, { x: 3, y: 0.2, z: 3 })).toBeUndefined()
    teleport(sim, { x: 3, y: 0, z: 3 })
    expect(sim.context.learner.feet().x).toBeCloseTo(3, 2)
  })

  it('refuse a climb with a hand full when the rule says so, and name the hand and what it holds', () => {
    const sim = start(refuse)
    runBot(sim, [
      { reach: { hand: 'right', to: 'toolbox' } },
      { grip: 'right' },
      { walkTo: [atFoot.x, 0, atFoot.z] },
    ])
    expect(sim.context.hands.right.hold?.object).toBe('toolbox')
    expect(teleportRefusal(sim.context, onDeck)).toBe('hands-full')
    teleport(sim, onDeck)
    expect(feetY(sim)).toBeCloseTo(0, 1)
    expect(rejections(sim)).toEqual([
      expect.objectContaining({
        action: 'teleport',
        hand: 'right',
        reason: 'hands-full',
        detail: expect.stringMatching(
          /both hands free \(OSHA 29 CFR 1926\.1053.*the right hand holds "toolbox"/,
        ),
      }),
    ])
    // Set down, the climb goes.
    runBot(sim, [{ release: 'right' }, { wait: 0.3 }])
    expect(teleportRefusal(sim.context, onDeck)).toBeUndefined()
    teleport(sim, onDeck)
    expect(feetY(sim)).toBeCloseTo(3, 1)
  })

  it('let a loaded climb go ahead and record it when the rule records instead of refusing', () => {
    const sim = start()
    runBot(sim, [
      { reach: { hand: 'left', to: 'toolbox' } },
      { grip: 'left' },
      { walkTo: [atFoot.x, 0, atFoot.z] },
    ])
    expect(teleportRefusal(sim.context, onDeck)).toBeUndefined()
    teleport(sim, onDeck)
    expect(feetY(sim)).toBeCloseTo(3, 1)
    expect(sim.context.values.get('climbedLoaded')).toBe(true)
    expect(sim.events()).toContainEqual(
      expect.objectContaining({ type: 'state-changed', id: 'climbedLoaded', value: true }),
    )
    // The toolbox came up in the hand, not left under the deck (which it would have to pass through).
    expect(sim.context.hands.left.hold?.object).toBe('toolbox')
    const toolbox = sim.context.physics.body('toolbox')!.translation()
    expect(toolbox.y).toBeGreaterThan(3)
    expect(
      Math.hypot(
        toolbox.x - sim.context.hands.left.position.x,
        toolbox.z - sim.context.hands.left.position.z,
      ),
    ).toBeLessThan(0.3)
  })

  it('a scenario without climbs teleports anywhere, as before', () => {
    const sim = start((scenario) => ({ ...scenario, climbs: [] }))
    sim.step()
    expect(teleportRefusal(sim.context, onDeck)).toBeUndefined()
    teleport(sim, onDeck)
    expect(feetY(sim)).toBeCloseTo(3, 1)
  })
})
