// Falls as physics (scenario `fallArrest`): the learner who walks off the deck becomes a dynamic
// body on a Rapier rope joint to the anchorage the lanyard's hook is on, and the world itself
// arrests the fall — or does not. Limits are OSHA 29 CFR 1926.502(d)(16): free fall ≤ 6 ft
// (1.8 m), deceleration distance ≤ 3.5 ft (1.07 m), arresting force ≤ 1,800 lbf (8 kN).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Scenario } from '@practicum/scenario'
import { createSim, replay, runBot, type Sim, type SimEvent } from '@practicum/sim'
import { loadFixture, RAPIER } from './support/load-fixture.ts'

beforeAll(async () => {
  await RAPIER.init()
})

const freeFallMax = 1.8288
const decelerationMax = 1.0668
const forceMax = 1800 * 4.448221615

type Fell = Extract<SimEvent, { type: 'fell' }>

/** The fixture with the lanyard's hook starting on `point` (or on nothing), the harness on or not. */
function scenarioWith(point: string | undefined, harnessOn = true): Scenario {
  const base = loadFixture('fall-arrest.yaml')
  return {
    ...base,
    interactables: base.interactables.map((i) =>
      i.kind === 'attachPoint' ? { ...i, attached: i.id === point ? ['hook'] : [] } : i,
    ),
    state: base.state.map((v) =>
      v.id === 'harnessOn' && v.type === 'boolean' ? { ...v, initial: harnessOn } : v,
    ),
  }
}

/** Walks off the deck's open edge and waits for the fall to play out. */
function walkOff(scenario: Scenario): { sim: Sim; fell: Fell[] } {
  const sim = createSim({ rapier: RAPIER, scenario, seed: 1 })
  runBot(sim, [{ walkTo: [2.5, 0, 0], speed: 1 }, { wait: 4 }], { settleSeconds: 0 })
  const fell = sim.events().filter((e): e is Fell => e.type === 'fell')
  return { sim, fell }
}

describe('fall arrest as physics', () => {
  it('stands still and walks as a kinematic body until the feet leave the deck', () => {
    const sim = createSim({ rapier: RAPIER, scenario: scenarioWith('beamAnchor'), seed: 1 })
    runBot(sim, [{ walkTo: [0.5, 0, 0] }, { wait: 1 }], { settleSeconds: 0 })
    expect(sim.context.learner.dynamic).toBe(false)
    expect(sim.context.learner.feet().y).toBeCloseTo(6, 1)
    expect(sim.events().filter((e) => e.type === 'fell')).toEqual([])
    sim.dispose()
  })

  it('an overhead rated anchor arrests the fall within the free-fall, deceleration and force limits', () => {
    const { sim, fell } = walkOff(scenarioWith('beamAnchor'))
    expect(fell).toHaveLength(1)
    const [f] = fell
    console.log('overhead anchor', f)
    expect(f).toMatchObject({ arrested: true, connector: 'lanyard', failedAnchors: [] })
    expect(f!.freeFall).toBeGreaterThan(0.5)
    expect(f!.freeFall).toBeLessThanOrEqual(freeFallMax)
    expect(f!.deceleration).toBeGreaterThan(0.1)
    expect(f!.deceleration).toBeLessThanOrEqual(decelerationMax)
    expect(f!.peakForce).toBeGreaterThan(3000)
    expect(f!.peakForce).toBeLessThanOrEqual(forceMax)
    // The body hangs on the line, well clear of the ground, and is still a dynamic body.
    expect(sim.context.learner.dynamic).toBe(true)
    expect(sim.context.learner.feet().y).toBeGreaterThan(2)
    // What the fall measured is in the scenario's state, for its rules and hazards.
    expect(sim.context.values.get('freeFall')).toBe(f!.freeFall)
    expect(sim.context.values.get('force')).toBe(f!.peakForce)
    expect(sim.context.values.get('landed')).toBe(0)
    // An arrested fall is judged by its free fall: 1.8 m not exceeded, no exposure.
    expect(sim.events().filter((e) => e.type === 'hazard-exposed')).toEqual([])
    sim.dispose()
  })

  it('a rated anchor at the feet lets the body free-fall past the limit', () => {
    const { sim, fell } = walkOff(scenarioWith('plateAnchor'))
    const [f] = fell
    console.log('deck-level anchor', f)
    expect(f).toMatchObject({ arrested: true, failedAnchors: [] })
    expect(f!.freeFall).toBeGreaterThan(freeFallMax)
    expect(sim.events()).toContainEqual(
      expect.objectContaining({ type: 'hazard-exposed', id: 'fallFromHeight' }),
    )
    sim.dispose()
  })

  it('a lanyard without an energy absorber stops the body hard, past the force limit and the anchor rating', () => {
    const base = scenarioWith('beamAnchor')
    const [lanyard] = base.fallArrest!.connectors
    const { absorber: _absorber, ...bare } = lanyard!
    const { sim, fell } = walkOff({ ...base, fallArrest: { ...base.fallArrest!, connectors: [bare] } })
    // A line that does not stretch stops the body within a step: tens of kN, past even the
    // 5,000 lbf (22.2 kN) anchor, which gives way.
    expect(fell[0]!.peakForce).toBeGreaterThan(5000 * 4.448221615)
    expect(fell[0]).toMatchObject({ arrested: false, failedAnchors: ['beamAnchor'] })
    sim.dispose()
  })

  it('a guardrail (200 lbf) gives way under the arresting force, and the body lands', () => {
    const { sim, fell } = walkOff(scenarioWith('railPoint'))
    const [f] = fell
    console.log('guardrail', f)
    expect(f).toMatchObject({ arrested: false, failedAnchors: ['railPoint'] })
    expect(f!.height).toBeGreaterThan(5.5)
    expect(sim.context.learner.feet().y).toBeCloseTo(0, 1)
    expect(sim.context.learner.dynamic).toBe(false)
    sim.dispose()
  })

  it('a lanyard not on the harness arrests nothing: the body lands from the deck', () => {
    const { sim, fell } = walkOff(scenarioWith('beamAnchor', false))
    expect(fell).toHaveLength(1)
    expect(fell[0]).toMatchObject({ arrested: false, failedAnchors: [] })
    expect(fell[0]!.height).toBeGreaterThan(5.5)
    expect(sim.context.values.get('landed')).toBe(fell[0]!.height)
    sim.dispose()
  })

  it('is deterministic: the recording of an arrested fall verifies', () => {
    const scenario = scenarioWith('beamAnchor')
    const { sim } = walkOff(scenario)
    const recording = sim.recording()
    sim.dispose()
    const result = replay({ rapier: RAPIER, scenario, recording })
    expect(result.status).toBe('verified')
  })

  it('a teleport brings a hanging learner back to a kinematic body on its feet', () => {
    const { sim } = walkOff(scenarioWith('beamAnchor'))
    runBot(sim, [{ teleport: [0, 6, 0] }, { wait: 1 }], { settleSeconds: 0 })
    expect(sim.context.learner.dynamic).toBe(false)
    expect(sim.context.learner.feet().y).toBeCloseTo(6, 1)
    sim.dispose()
  })
})
