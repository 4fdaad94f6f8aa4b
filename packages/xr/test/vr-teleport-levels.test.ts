// VR locomotion onto other heights: the teleport arc lands on whatever the core's fixed colliders
// offer to stand on (the floor, a 3 m deck), and the core decides whether the learner goes there
// (its climbs: only along the ladder from its foot, both hands free). The rig asks, shows the
// refusal on the target, and moves the view only where the core moves the body. (core fixture
// ladder-climb.yaml: start at z = 2 m, ladder foot zone around z = 0.2 m, deck top at 3 m, z −3…−1 m.)
import { afterEach, describe, expect, it } from 'vitest'
import type { Scenario } from '@practicum/scenario'
import type { Sim, SimEvent, Vec3 } from '@practicum/sim'
import {
  createTeleportArc,
  createVRFrameInput,
  createVRRig,
  type VRFrameInput,
  type VRRig,
} from '@practicum/xr'
import { fixtureSim } from './support/fixture-sim.ts'

let sim: Sim | undefined
afterEach(() => {
  sim?.dispose()
  sim = undefined
})

const dt = 1 / 90

function standing(): VRFrameInput {
  const input = createVRFrameInput()
  input.head.tracked = true
  Object.assign(input.head.position, { x: 0, y: 1.6, z: 0 })
  for (const [hand, side] of [
    ['left', -0.2],
    ['right', 0.2],
  ] as const) {
    input.hands[hand].tracked = true
    Object.assign(input.hands[hand].position, { x: side, y: 1.2, z: -0.3 })
  }
  return input
}

function frames(core: Sim, rig: VRRig, input: VRFrameInput, count: number): void {
  for (let i = 0; i < count; i++) {
    rig.update(input, dt)
    core.step()
  }
}

/** The left controller pitched by `degrees` (up positive) about its own X, facing ahead. */
function pitch(input: VRFrameInput, degrees: number): void {
  const half = (degrees * Math.PI) / 360
  Object.assign(input.hands.left.rotation, { x: Math.sin(half), y: 0, z: 0, w: Math.cos(half) })
}

/**
 * Pushes the left stick forward and tilts the controller, as a learner does watching the target,
 * until the arc lands nearest `want` (horizontally); the stick stays pushed.
 */
function aim(core: Sim, rig: VRRig, input: VRFrameInput, want: Vec3): void {
  input.hands.left.stickY = -1
  let best = { degrees: 0, distance: Infinity }
  for (let degrees = -80; degrees <= 80; degrees++) {
    pitch(input, degrees)
    rig.update(input, dt)
    if (!rig.teleport.landed) continue
    const { x, y, z } = rig.teleport.target
    const distance = Math.hypot(x - want.x, z - want.z) + Math.abs(y - want.y)
    if (distance < best.distance) best = { degrees, distance }
  }
  pitch(input, best.degrees)
  frames(core, rig, input, 1)
}

/** Lets the stick go: the rig asks the core for the teleport. */
function release(core: Sim, rig: VRRig, input: VRFrameInput): void {
  input.hands.left.stickY = 0
  frames(core, rig, input, 3)
}

const rejections = (core: Sim) =>
  core
    .events()
    .filter((e): e is Extract<SimEvent, { type: 'action-rejected' }> => e.type === 'action-rejected')

const refuseLoaded = (scenario: Scenario): Scenario => ({
  ...scenario,
  climbs: scenario.climbs.map((climb) => ({ ...climb, handsFree: { hands: 2, source: 'test' } })),
})

describe('VR teleport onto other heights', () => {
  it('walks the floor to the ladder foot, climbs onto the deck and back down, the view following the core', async () => {
    const core = (sim = await fixtureSim('ladder-climb.yaml'))
    const rig = createVRRig(core)
    const input = standing()
    frames(core, rig, input, 2)

    aim(core, rig, input, { x: 0, y: 0, z: 0.3 })
    expect(rig.teleport).toMatchObject({ aiming: true, landed: true, valid: true, refusal: undefined })
    expect(rig.teleport.target.y).toBeCloseTo(0, 3)
    release(core, rig, input)
    expect(core.context.learner.feet()).toMatchObject({ y: expect.closeTo(0, 2), z: expect.closeTo(0.3, 0) })
    expect(rig.levelChanges).toBe(0)

    // Up: the arc lands on the deck's top, 3 m up, and the core takes the learner there.
    aim(core, rig, input, { x: 0, y: 3, z: -2 })
    expect(rig.teleport).toMatchObject({ landed: true, valid: true, refusal: undefined })
    expect(rig.teleport.target.y).toBeCloseTo(3, 3)
    const deck = { ...rig.teleport.target }
    release(core, rig, input)
    const feet = core.context.learner.feet()
    expect(feet).toMatchObject({
      x: expect.closeTo(deck.x, 2),
      y: expect.closeTo(3, 2),
      z: expect.closeTo(deck.z, 2),
    })
    expect(rig.origin.y).toBeCloseTo(3, 3)
    expect(rig.head.y).toBeCloseTo(3 + 1.6, 3)
    expect(core.context.learner.head.position.y).toBeCloseTo(3 + 1.6, 2)
    expect(rig.levelChanges).toBe(1)
    expect(core.events().some((e) => e.type === 'step-completed' && e.id === 'up')).toBe(true)

    // Turn round (six 30° flicks), step to the deck's front, then down to the ladder foot.
    for (let i = 0; i < 6; i++) {
      input.hands.left.stickX = 1
      frames(core, rig, input, 1)
      input.hands.left.stickX = 0
      frames(core, rig, input, 1)
    }
    aim(core, rig, input, { x: 0, y: 3, z: -1.3 })
    release(core, rig, input)
    aim(core, rig, input, { x: 0, y: 0, z: 0.3 })
    expect(rig.teleport).toMatchObject({ landed: true, valid: true })
    release(core, rig, input)
    expect(core.context.learner.feet().y).toBeCloseTo(0, 2)
    expect(rig.origin.y).toBeCloseTo(0, 3)
    expect(rig.levelChanges).toBe(2)
    expect(rejections(core)).toEqual([])
    expect(core.events().filter((e) => e.type === 'fell')).toEqual([])
  })

  it('shows where the core would refuse (no ladder from here), asks all the same, and keeps the view', async () => {
    const core = (sim = await fixtureSim('ladder-climb.yaml'))
    const rig = createVRRig(core)
    const input = standing()
    frames(core, rig, input, 2)
    // Beside the ladder foot (its zone ends at x = 0.75 m), not at it: the controller held out right.
    input.hands.left.position.x = 1.2
    aim(core, rig, input, { x: 1.2, y: 0, z: 0.3 })
    release(core, rig, input)
    expect(core.context.learner.feet().x).toBeCloseTo(1.2, 2)
    input.hands.left.position.x = -0.2
    const origin = { ...rig.origin }
    aim(core, rig, input, { x: 1, y: 3, z: -2 })
    expect(rig.teleport).toMatchObject({ landed: true, valid: false, refusal: 'no-way-there' })
    expect(rig.teleport.target.y).toBeCloseTo(3, 3)
    release(core, rig, input)
    expect(rejections(core)).toEqual([
      expect.objectContaining({ action: 'teleport', reason: 'no-way-there' }),
    ])
    expect(rig.origin).toEqual(origin)
    expect(core.context.learner.feet().y).toBeCloseTo(0, 2)
    expect(rig.levelChanges).toBe(0)
  })

  it('refuses the ladder while a hand holds something (three points of contact), and takes it once set down', async () => {
    const core = (sim = await fixtureSim('ladder-climb.yaml', refuseLoaded))
    const rig = createVRRig(core)
    const input = standing()
    frames(core, rig, input, 2)
    aim(core, rig, input, { x: 0, y: 0, z: 0.3 })
    release(core, rig, input)
    // The right hand takes the toolbox from the floor, by its position in the tracking space.
    const toolbox = core.poses().find((pose) => pose.id === 'toolbox')!.position
    Object.assign(input.hands.right.position, {
      x: toolbox.x - rig.origin.x,
      y: toolbox.y - rig.origin.y,
      z: toolbox.z - rig.origin.z,
    })
    input.hands.right.grip = 1
    frames(core, rig, input, 3)
    expect(core.context.hands.right.hold?.object).toBe('toolbox')
    Object.assign(input.hands.right.position, { x: 0.2, y: 1.2, z: -0.3 })
    frames(core, rig, input, 10)

    aim(core, rig, input, { x: 0, y: 3, z: -2 })
    expect(rig.teleport).toMatchObject({ landed: true, valid: false, refusal: 'hands-full' })
    release(core, rig, input)
    expect(rejections(core)).toEqual([
      expect.objectContaining({ action: 'teleport', hand: 'right', reason: 'hands-full' }),
    ])
    expect(core.context.learner.feet().y).toBeCloseTo(0, 2)
    expect(rig.origin.y).toBeCloseTo(0, 6)

    input.hands.right.grip = 0
    frames(core, rig, input, 30)
    aim(core, rig, input, { x: 0, y: 3, z: -2 })
    expect(rig.teleport).toMatchObject({ landed: true, valid: true })
    release(core, rig, input)
    expect(core.context.learner.feet().y).toBeCloseTo(3, 2)
  })

  it('lands only where there is room to stand: not on a wall, nor at an edge', async () => {
    const core = (sim = await fixtureSim('ladder-climb.yaml'))
    core.step() // the world's scene queries are built by a step
    const arc = createTeleportArc(core)
    const down = { x: -Math.SQRT1_2, y: 0, z: 0, w: Math.SQRT1_2 } // −Z turned to −Y
    const ahead = { x: 0, y: 0, z: 0, w: 1 }
    const target = { x: 0, y: 0, z: 0 }
    const drop = (x: number, z: number) => arc.cast({ x, y: 5, z }, down, 8, target)
    expect(drop(0, -2)).toBe(true)
    expect(target.y).toBeCloseTo(3, 3)
    // 5 cm from the deck's front edge: the learner's feet would hang over it.
    expect(drop(0, -1.05)).toBe(false)
    expect(drop(0, -1.3)).toBe(true)
    // Through the ladder (drawn, no collider) to the floor.
    expect(drop(0, -0.9)).toBe(true)
    expect(target.y).toBeCloseTo(0, 3)
    // Thrown level at the deck's front face: a wall.
    expect(arc.cast({ x: 0, y: 3.05, z: 0 }, ahead, 8, target)).toBe(false)
    expect(target.z).toBeCloseTo(-1, 2)
    // Out of range.
    expect(arc.cast({ x: 0, y: 1.2, z: 5 }, ahead, 2, target)).toBe(false)
  })
})
