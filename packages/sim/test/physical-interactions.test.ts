// The acceptance checks that physics is real: impacts, joints, tolerances and throws.
import { beforeAll, describe, expect, it } from 'vitest'
import { attachTolerance, createSim, fromAxisAngle, multiply, runBot, type Sim } from '@practicum/sim'
import { loadFixture, RAPIER } from './support/load-fixture.ts'
import { closeValve, lockOut, shutDown } from './support/press-lockout-bots.ts'

beforeAll(async () => {
  await RAPIER.init()
})

const pressLockout = () =>
  createSim({ rapier: RAPIER, scenario: loadFixture('press-lockout.yaml'), mode: 'assessment' })

function stepFor(sim: Sim, seconds: number): void {
  for (let i = 0; i < Math.round(seconds / sim.dt); i++) sim.step()
}

describe('physics is real', () => {
  it('a dropped object falls and triggers an impact hazard by its impulse', () => {
    const sim = createSim({ rapier: RAPIER, scenario: loadFixture('falling-toolbox.yaml') })
    stepFor(sim, 1.5)
    const exposed = sim.events().find((event) => event.type === 'hazard-exposed')
    expect(exposed).toMatchObject({ type: 'hazard-exposed', id: 'struck', outcome: 'injury' })
    // ~1.2 m of free fall onto the head: about 0.35 s after the start.
    expect(exposed!.step * sim.dt).toBeGreaterThan(0.3)
    expect(exposed!.step * sim.dt).toBeLessThan(0.7)
    sim.dispose()
  })

  it('counts a valve as closed only when its joint angle says so', () => {
    const sim = pressLockout()
    runBot(sim, [
      ...shutDown.slice(0, 0),
      ...closeValve.slice(0, 5),
      { turn: { hand: 'right', by: Math.PI / 4, axis: [0, 0, 1] } },
      { release: 'right' },
      { wait: 1 },
    ])
    expect(sim.context.energy.get('air')).toBe('live')
    expect(sim.context.physics.jointValue('stem')).toBeCloseTo(Math.PI / 4, 1)
    runBot(sim, [
      { grip: 'right' },
      { turn: { hand: 'right', by: Math.PI / 4, axis: [0, 0, 1] } },
      { release: 'right' },
      { wait: 1 },
    ])
    expect(sim.context.physics.jointValue('stem')).toBeGreaterThan((80 * Math.PI) / 180)
    expect(sim.context.energy.get('air')).toBe('isolated')
    sim.dispose()
  })

  it('a grabbed, turned valve wheel stays on its hinge (anchor moves < 1 mm)', () => {
    const sim = pressLockout()
    runBot(sim, closeValve.slice(0, 5))
    const hand = sim.context.hands.right
    let worstGap = 0
    const increment = fromAxisAngle({ x: 0, y: 0, z: 1 }, Math.PI / 2 / 90)
    let rotation = hand.rotation
    for (let i = 0; i < 90; i++) {
      rotation = multiply(increment, rotation)
      // A hand also wobbles off the axis as it turns; the joint must not let the wheel follow.
      sim.dispatch({
        type: 'hand',
        hand: 'right',
        position: { ...hand.position, x: hand.position.x + 0.02 * Math.sin(i / 5) },
        rotation,
      })
      sim.step()
      worstGap = Math.max(worstGap, sim.context.physics.jointAnchorGap('stem'))
    }
    expect(sim.context.physics.jointValue('stem')).toBeGreaterThan(1.2)
    expect(worstGap).toBeLessThan(0.001)
    sim.dispose()
  })

  it('rejects an attach 5 cm outside its tolerance (the expert run shows one within)', () => {
    const sim = pressLockout()
    const carryLock = lockOut.slice(0, 6)
    runBot(sim, [
      ...carryLock,
      { reach: { hand: 'left', to: 'hasp', offset: [0, attachTolerance + 0.05, 0] } },
      { wait: 0.2 },
      { release: 'left' },
    ])
    const rejected = sim.events().find((event) => event.type === 'action-rejected')
    expect(rejected).toMatchObject({
      reason: 'attach-out-of-tolerance',
      detail: expect.stringMatching(/^lock is 7\.\d cm from haspPoint/),
    })
    expect(sim.events().some((event) => event.type === 'attached')).toBe(false)
    sim.dispose()
  })

  it('a released object flies on with the hand’s velocity', () => {
    const sim = pressLockout()
    runBot(sim, [
      { walkTo: [2.6, 0, 2.5] },
      { walkTo: [2.6, 0, 2.2] },
      { reach: { hand: 'left', to: 'lock' } },
      { grip: 'left' },
      { reach: { hand: 'left', to: [2.6, 1.4, 2] } },
    ])
    const hand = sim.context.hands.left
    const start = { ...hand.position }
    for (let i = 1; i <= 18; i++) {
      // a 3 m/s underarm throw towards −x
      sim.dispatch({
        type: 'hand',
        hand: 'left',
        position: { ...start, x: start.x - (3 * i) / 90 },
        rotation: hand.rotation,
      })
      sim.step()
    }
    sim.dispatch({ type: 'grip', hand: 'left', pressed: false })
    sim.step()
    const atRelease = sim.context.physics.body('lock')!.translation()
    stepFor(sim, 0.2)
    const later = sim.context.physics.body('lock')!.translation()
    expect(atRelease.x - later.x).toBeGreaterThan(0.4)
    sim.dispose()
  })
})

describe("another worker's lock", () => {
  it('starts on the hasp, held by a joint', () => {
    const sim = pressLockout()
    expect(sim.context.attachments.get('haspPoint')?.has('coWorkerLock')).toBe(true)
    for (let i = 0; i < 90; i++) sim.step()
    const lock = sim.context.physics.body('coWorkerLock')!.translation()
    expect(lock.y).toBeCloseTo(0.975, 2)
    sim.dispose()
  })

  it('taking it off is the critical error the scenario names', () => {
    const sim = pressLockout()
    runBot(sim, [
      { walkTo: [2, 0, 2.5] },
      { walkTo: [2, 0, 0.6] },
      { reach: { hand: 'left', to: 'coWorkerLock' } },
      { grip: 'left' },
      { wait: 0.2 },
    ])
    expect(sim.events()).toContainEqual(
      expect.objectContaining({ type: 'detached', object: 'coWorkerLock', from: 'haspPoint' }),
    )
    expect(sim.events().find((event) => event.type === 'attempt-ended')).toMatchObject({
      outcome: 'failed',
      criticalErrors: ['removedOthersLock'],
    })
    sim.dispose()
  })
})
