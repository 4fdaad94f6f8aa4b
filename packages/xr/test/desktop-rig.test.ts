import { afterEach, describe, expect, it } from 'vitest'
import type { Sim, SimEvent } from '@practicum/sim'
import { createDesktopRig } from '@practicum/xr'
import { pressSim } from './support/press-sim.ts'

let sim: Sim | undefined

afterEach(() => {
  sim?.dispose()
  sim = undefined
})

/** Steps the core with the rig sending its input first, as a frame would. */
function run(core: Sim, rig: ReturnType<typeof createDesktopRig>, steps: number): void {
  for (let i = 0; i < steps; i++) {
    rig.update(core.dt)
    core.step()
  }
}

describe('the desktop rig', () => {
  it("walks in the core's time at speed N and turns the view in real time", async () => {
    sim = await pressSim({ speed: 4 })
    const rig = createDesktopRig(sim)
    const start = { ...rig.head }
    // Half a real second of frames at speed 4 is two seconds of the core: 2.4 m at 1.2 m/s.
    rig.hold('forward', true)
    for (let frame = 0; frame < 30; frame++) rig.update(1 / 60)
    rig.hold('forward', false)
    expect(Math.hypot(rig.head.x - start.x, rig.head.z - start.z)).toBeCloseTo(2.4, 2)
    // The view turns at 1.5 rad per real second, whatever the speed.
    rig.hold('turnLeft', true)
    for (let frame = 0; frame < 30; frame++) rig.update(1 / 60)
    rig.hold('turnLeft', false)
    expect(rig.yaw).toBeCloseTo(0.75, 5)
  })

  it('walks a diagonal at the walking speed, and no further in a frame than the core steps', async () => {
    sim = await pressSim()
    const rig = createDesktopRig(sim)
    const start = { ...rig.head }
    rig.hold('forward', true)
    rig.hold('left', true)
    for (let frame = 0; frame < 60; frame++) rig.update(1 / 60)
    rig.hold('left', false)
    expect(Math.hypot(rig.head.x - start.x, rig.head.z - start.z)).toBeCloseTo(1.2, 3)
    // A 2 s frame (a stalled page) is clamped by the core's driver to a quarter second: the
    // body walks that quarter second's 0.3 m, not 2.4 m ahead of the core.
    const before = { ...rig.head }
    rig.update(2)
    rig.hold('forward', false)
    expect(before.z - rig.head.z).toBeCloseTo(0.3, 6)
  })

  it('walks the head forward (−Z) and turns it, carrying the hand along', async () => {
    sim = await pressSim()
    const rig = createDesktopRig(sim)
    const start = { ...rig.head }
    const hand = rig.handPosition()
    rig.hold('forward', true)
    run(sim, rig, 45)
    rig.hold('forward', false)
    expect(start.z - rig.head.z).toBeCloseTo(0.6, 2)
    expect(rig.head.x).toBeCloseTo(start.x, 6)
    expect(hand.z - rig.handPosition().z).toBeCloseTo(0.6, 2)
    expect(sim.context.learner.head.position.z).toBeCloseTo(rig.head.z, 2)

    rig.hold('turnLeft', true)
    run(sim, rig, 30)
    rig.hold('turnLeft', false)
    expect(rig.yaw).toBeCloseTo(0.5, 3)
    const into = { x: 0, y: 0, z: 0 }
    rig.handPositionInto(into)
    const expected = rig.handPosition()
    expect(into.x).toBeCloseTo(expected.x, 9)
    expect(into.y).toBeCloseTo(expected.y, 9)
    expect(into.z).toBeCloseTo(expected.z, 9)
  })

  it.each([
    ['standing', false],
    ['seated (the core raises poses by the seated offset)', true],
  ])('takes the padlock with the keyboard-only path, %s: reach, grip; and lets go', async (_, seated) => {
    sim = await pressSim({ seated })
    const events: SimEvent[] = []
    sim.subscribe((event) => events.push(event))
    const rig = createDesktopRig(sim, { hand: 'left' })
    rig.reach('lock')
    run(sim, rig, 2)
    rig.press('grip', true)
    run(sim, rig, 2)
    expect(rig.grip).toBe(true)
    expect(events).toContainEqual(expect.objectContaining({ type: 'grabbed', object: 'lock', hand: 'left' }))
    rig.press('grip', true)
    run(sim, rig, 2)
    expect(rig.grip).toBe(false)
    expect(events).toContainEqual(expect.objectContaining({ type: 'released', object: 'lock', hand: 'left' }))
  })
})
