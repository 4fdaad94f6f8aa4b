// A vertical entry in VR: on the confined-space scenario, a learner standing at the manhole's edge
// aims the teleport arc down through the 0.8 m opening onto the vault floor, 2.4 m below, and the
// core takes the body down (and, untested, judges it a critical error); from the vault floor the
// arc aimed up through the opening lands on the ground outside. (The scenario declares no ladder
// climb, so the core lets any level go; a wall or the rim is no landing.)
import { afterEach, expect, it } from 'vitest'
import type { Sim } from '@practicum/sim'
import { createVRFrameInput, createVRRig, type VRFrameInput, type VRRig } from '@practicum/xr'
import { shippedSim } from './support/shipped-sim.ts'

let sim: Sim | undefined
afterEach(() => {
  sim?.dispose()
  sim = undefined
})

const dt = 1 / 90

function frames(core: Sim, rig: VRRig, input: VRFrameInput, count: number): void {
  for (let i = 0; i < count; i++) {
    rig.update(input, dt)
    core.step()
  }
}

/** Tilts the left controller by `degrees` about its X (up positive) until the arc lands at `floorY`. */
function aimAtLevel(rig: VRRig, input: VRFrameInput, degrees: readonly number[], floorY: number): number {
  input.hands.left.stickY = -1
  for (const angle of degrees) {
    const half = (angle * Math.PI) / 360
    Object.assign(input.hands.left.rotation, { x: Math.sin(half), y: 0, z: 0, w: Math.cos(half) })
    rig.update(input, dt)
    if (rig.teleport.landed && rig.teleport.valid && Math.abs(rig.teleport.target.y - floorY) < 0.05)
      return angle
  }
  throw new Error(`no landing at y = ${floorY}`)
}

it('the teleport arc goes down the manhole onto the vault floor, and lands outside from there', async () => {
  sim = await shippedSim('confined-space', 1)
  const core = sim
  const rig = createVRRig(core, {})
  const input = createVRFrameInput()
  input.head.tracked = true
  // A room-scale walk from the start (-1, 0, 4.5) to the manhole's south edge, facing north.
  Object.assign(input.head.position, { x: 1, y: 1.6, z: -3.75 })
  for (const [hand, side] of [
    ['left', -0.2],
    ['right', 0.2],
  ] as const) {
    input.hands[hand].tracked = true
    Object.assign(input.hands[hand].position, { x: 1 + side, y: 1.2, z: -4.05 })
  }
  frames(core, rig, input, 120)
  expect(core.context.learner.feet().z).toBeCloseTo(0.75, 1)

  aimAtLevel(rig, input, range(-89, -60), -2.4)
  input.hands.left.stickY = 0
  frames(core, rig, input, 60)
  expect(core.context.learner.feet().y).toBeCloseTo(-2.4, 1)
  expect(Math.abs(core.context.learner.feet().x)).toBeLessThan(1)
  expect(Math.abs(core.context.learner.feet().z)).toBeLessThan(1)
  expect(rig.levelChanges).toBe(1)

  // Going in untested is the core's critical error, whatever the input that took the body there.
  expect(core.events()).toContainEqual(
    expect.objectContaining({ type: 'critical-error', id: 'enteredBeforeTesting' }),
  )

  // And the way out: a room-scale step brings the hand under the middle of the opening (at the
  // left of the body it was under the rim); aimed up through the opening, the arc lands outside.
  for (const tracked of [input.head, input.hands.left, input.hands.right]) tracked.position.x += 0.3
  rig.update(input, dt)
  const angle = aimAtLevel(rig, input, range(89, 30), 0)
  expect(angle).toBeGreaterThan(45)
  expect(Math.hypot(rig.teleport.target.x, rig.teleport.target.z)).toBeGreaterThan(0.4)
})

function range(from: number, to: number): number[] {
  const step = from < to ? 1 : -1
  return Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => from + i * step)
}
