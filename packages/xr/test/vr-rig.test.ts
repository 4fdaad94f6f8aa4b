import { afterEach, describe, expect, it } from 'vitest'
import type { Sim } from '@practicum/sim'
import { createVRFrameInput, createVRRig, type VRFrameInput, type VRRig } from '@practicum/xr'
import { fixtureSim } from './support/fixture-sim.ts'
import { pressSim } from './support/press-sim.ts'

let sim: Sim | undefined

afterEach(() => {
  sim?.dispose()
  sim = undefined
})

const dt = 1 / 90

/** A headset standing at the tracking space's centre, looking down −Z, both controllers in front. */
function standing(): VRFrameInput {
  const input = createVRFrameInput()
  input.head.tracked = true
  Object.assign(input.head.position, { x: 0, y: 1.6, z: 0 })
  for (const [hand, side] of [
    ['left', -0.2],
    ['right', 0.2],
  ] as const) {
    const state = input.hands[hand]
    state.tracked = true
    Object.assign(state.position, { x: side, y: 1.2, z: -0.3 })
  }
  return input
}

/** Frames of input, each followed by a core step, as the runtime does. */
function frames(core: Sim, rig: VRRig, input: VRFrameInput, count: number): void {
  for (let i = 0; i < count; i++) {
    rig.update(input, dt)
    core.step()
  }
}

/** The yaw (about +Y) of a quaternion with no pitch or roll. */
const yawOf = (q: { y: number; w: number }) => 2 * Math.atan2(q.y, q.w)

describe('the VR rig', () => {
  it.each([
    ['standing', 0, false],
    ['seated', 0.45, true],
  ])('%s: the learner sees from the height the core has (offset %s m)', async (_, offset, seated) => {
    sim = await pressSim({ seated })
    const rig = createVRRig(sim)
    // A seated learner's headset is low; the core raises head and hands by the seated offset.
    const input = standing()
    input.head.position.y = 1.15
    frames(sim, rig, input, 2)
    expect(rig.origin.y).toBeCloseTo(offset, 6)
    expect(rig.head.y).toBeCloseTo(1.15 + offset, 6)
    const core = sim.context
    expect(core.learner.head.position.y).toBeCloseTo(1.15 + offset, 3)
    expect(core.hands.right.position.y).toBeCloseTo(1.2 + offset, 3)
    expect(core.hands.right.position.y).toBeCloseTo(rig.hands.right.position.y, 3)
    expect(core.hands.left.position).toMatchObject({ x: expect.closeTo(-0.2, 3), z: expect.closeTo(2.2, 3) })
  })

  it.each([30, 45])('snap-turns %s° per flick of the left stick, about the head', async (degrees) => {
    sim = await pressSim()
    const rig = createVRRig(sim, { snapTurnDegrees: degrees })
    const input = standing()
    input.head.position.x = 0.3 // off the tracking space's centre: the head must stay put
    frames(sim, rig, input, 1)
    const head = { ...rig.head }

    input.hands.left.stickX = 1
    frames(sim, rig, input, 10) // held: one turn only
    expect(rig.origin.yaw).toBeCloseTo((-degrees * Math.PI) / 180, 9)
    expect(rig.head.x).toBeCloseTo(head.x, 9)
    expect(rig.head.z).toBeCloseTo(head.z, 9)
    expect(yawOf(sim.context.learner.head.rotation)).toBeCloseTo((-degrees * Math.PI) / 180, 2)

    input.hands.left.stickX = 0
    frames(sim, rig, input, 1)
    input.hands.left.stickX = -1
    frames(sim, rig, input, 1)
    input.hands.left.stickX = -1
    frames(sim, rig, input, 1)
    expect(rig.origin.yaw).toBeCloseTo(0, 9)
    // The right stick (the pointer hand's) does not turn.
    input.hands.left.stickX = 0
    input.hands.right.stickX = 1
    frames(sim, rig, input, 3)
    expect(rig.origin.yaw).toBeCloseTo(0, 9)
  })

  it('changes the snap angle in place, where the learner stands', async () => {
    sim = await pressSim()
    const rig = createVRRig(sim)
    const input = standing()
    input.hands.left.stickX = 1
    frames(sim, rig, input, 1)
    expect(rig.origin.yaw).toBeCloseTo(-Math.PI / 6, 9)
    rig.configure({ snapTurnDegrees: 90 })
    input.hands.left.stickX = 0
    frames(sim, rig, input, 1)
    input.hands.left.stickX = 1
    frames(sim, rig, input, 1)
    expect(rig.origin.yaw).toBeCloseTo(-Math.PI / 6 - Math.PI / 2, 9)
  })

  it('shows a comfort vignette that follows the speed of smooth locomotion, and none when still', async () => {
    sim = await pressSim()
    const rig = createVRRig(sim, { locomotion: 'smooth', smoothSpeed: 1.5, maxVignette: 0.8 })
    const input = standing()
    frames(sim, rig, input, 1)
    expect(rig.vignette).toBe(0)
    const start = { ...rig.head }

    // Full stick back, away from the press (ahead is its die area, a fatal hazard that ends the attempt).
    input.hands.left.stickY = 1
    frames(sim, rig, input, 90)
    expect(sim.ended).toBe(false)
    expect(rig.vignette).toBeCloseTo(0.8, 6)
    expect(rig.head.z - start.z).toBeCloseTo(1.5, 3)
    expect(rig.head.x).toBeCloseTo(start.x, 6)
    expect(sim.context.learner.head.position.z).toBeCloseTo(rig.head.z, 2)

    input.hands.left.stickY = 0.5 // half speed, half strength
    frames(sim, rig, input, 1)
    expect(rig.vignette).toBeCloseTo(0.4, 6)

    input.hands.left.stickY = 0
    frames(sim, rig, input, 1)
    expect(rig.vignette).toBe(0)
    const still = { ...rig.head }
    frames(sim, rig, input, 30)
    expect(rig.head).toEqual(still)
    expect(rig.vignette).toBe(0)
  })

  it('teleports where the arc from the left controller meets the floor; the core and the origin follow', async () => {
    sim = await pressSim()
    const rig = createVRRig(sim)
    const input = standing()
    // Pointing 60° down, ahead: the arc lands on the floor short of the press (30° down would land
    // at its foot, where the learner has no room to stand).
    Object.assign(input.hands.left.rotation, {
      x: -Math.sin(Math.PI / 6),
      y: 0,
      z: 0,
      w: Math.cos(Math.PI / 6),
    })
    frames(sim, rig, input, 1)
    input.hands.left.stickY = -1
    frames(sim, rig, input, 1)
    expect(rig.teleport.aiming).toBe(true)
    expect(rig.teleport.valid).toBe(true)
    const target = { ...rig.teleport.target }
    expect(target.y).toBeCloseTo(0, 4)
    expect(target.x).toBeCloseTo(-0.2, 6)
    expect(target.z).toBeLessThan(rig.head.z - 0.5)
    input.hands.left.stickY = 0
    frames(sim, rig, input, 2)
    expect(rig.teleport.aiming).toBe(false)
    expect(rig.head.x).toBeCloseTo(target.x, 6)
    expect(rig.head.z).toBeCloseTo(target.z, 6)
    const feet = sim.context.learner.feet()
    expect(feet.x).toBeCloseTo(target.x, 2)
    expect(feet.z).toBeCloseTo(target.z, 2)
  })

  it('swaps the dominant hand at runtime: the pointer and the locomotion change hands', async () => {
    sim = await pressSim()
    const rig = createVRRig(sim)
    const input = standing()
    frames(sim, rig, input, 1)
    const hands = sim.context.hands
    expect(rig.dominantHand).toBe('right')
    expect([hands.right.pointing, hands.left.pointing]).toEqual([true, false])

    rig.setDominantHand('left')
    frames(sim, rig, input, 1)
    expect(rig.locomotionHand).toBe('right')
    expect([hands.right.pointing, hands.left.pointing]).toEqual([false, true])
    expect(rig.hands.left.pointing).toBe(true)

    input.hands.left.stickX = 1
    frames(sim, rig, input, 2)
    expect(rig.origin.yaw).toBe(0)
    input.hands.left.stickX = 0
    input.hands.right.stickX = 1
    frames(sim, rig, input, 2)
    expect(rig.origin.yaw).toBeCloseTo(-Math.PI / 6, 9)
  })

  it('distance-grabs with the pointing (dominant) hand: the core casts its ray', async () => {
    sim = await pressSim()
    const rig = createVRRig(sim)
    const input = standing()
    const lock = sim.poses().find((pose) => pose.id === 'lock')!
    // The right controller 60 cm behind the lock (+Z), pointing at it (−Z): out of reach, on the ray.
    Object.assign(input.hands.right.position, {
      x: lock.position.x - rig.origin.x,
      y: lock.position.y - rig.origin.y,
      z: lock.position.z + 0.6 - rig.origin.z,
    })
    const grabbed: unknown[] = []
    sim.subscribe((event) => {
      if (event.type === 'grabbed' || event.type === 'action-rejected') grabbed.push(event)
    })
    frames(sim, rig, input, 1)
    input.hands.right.grip = 1
    frames(sim, rig, input, 2)
    expect(grabbed).toEqual([
      expect.objectContaining({ type: 'grabbed', object: 'lock', hand: 'right', distance: true }),
    ])
    // The left hand, which does not point, takes nothing from there.
    Object.assign(input.hands.left.position, input.hands.right.position)
    input.hands.left.grip = 1
    frames(sim, rig, input, 2)
    expect(grabbed[1]).toMatchObject({ type: 'action-rejected', hand: 'left', reason: 'nothing-in-reach' })
  })

  it("sends both hands' grips and lets the core decide: a two-handed crate rises only with both", async () => {
    const core = (sim = await fixtureSim('two-handed-crate.yaml'))
    const rig = createVRRig(core)
    const input = standing()
    const crate = () => core.poses().find((pose) => pose.id === 'crate')!.position
    const start = { ...crate() }
    // A hand at each end of the crate (0.6 m long), in the tracking space (the origin is at 0, 0, 0).
    Object.assign(input.hands.left.position, { x: start.x - 0.33, y: start.y, z: start.z })
    Object.assign(input.hands.right.position, { x: start.x + 0.33, y: start.y, z: start.z })
    const seen: string[] = []
    core.subscribe((event) => {
      if (event.type === 'grabbed') seen.push(`grabbed ${event.hand}`)
      if (event.type === 'action-rejected') seen.push(event.reason)
    })
    frames(core, rig, input, 1)
    input.hands.left.grip = 1
    for (let i = 0; i < 5; i++) {
      input.hands.left.position.y += 0.01
      frames(core, rig, input, 1)
    }
    expect(crate().y).toBeCloseTo(start.y, 2) // one hand does not lift it

    input.hands.left.position.y = start.y
    input.hands.right.grip = 1
    frames(core, rig, input, 2)
    // Lifted as a learner does, a centimetre a frame (a jump would slip out of the grips).
    for (let i = 0; i < 30; i++) {
      input.hands.left.position.y += 0.01
      input.hands.right.position.y += 0.01
      frames(core, rig, input, 1)
    }
    frames(core, rig, input, 30)
    expect(seen).toEqual(['needs-two-hands', 'grabbed right'])
    expect(crate().y).toBeGreaterThan(start.y + 0.2)
  })

  it('grips with the squeeze or a pinch, and lets go, sending only the edges', async () => {
    sim = await pressSim()
    const rig = createVRRig(sim)
    const input = standing()
    const lock = sim.poses().find((pose) => pose.id === 'lock')!
    // The right hand at the lock, tracked as a hand (pinch).
    input.hands.right.isHand = true
    Object.assign(input.hands.right.position, {
      x: lock.position.x - rig.origin.x,
      y: lock.position.y,
      z: lock.position.z - rig.origin.z,
    })
    const events: string[] = []
    sim.subscribe((event) => events.push(event.type === 'grabbed' ? `grabbed ${event.hand}` : event.type))
    frames(sim, rig, input, 1)
    input.hands.right.grip = 0.9
    frames(sim, rig, input, 5)
    expect(events.filter((type) => type.startsWith('grabbed'))).toEqual(['grabbed right'])
    const queued = sim.recording().actions
    frames(sim, rig, input, 30)
    // Nothing changed: nothing more was sent.
    expect(sim.recording().actions).toBe(queued)
    input.hands.right.grip = 0.5 // between the thresholds: still held
    frames(sim, rig, input, 1)
    expect(events).not.toContain('released')
    input.hands.right.grip = 0
    frames(sim, rig, input, 1)
    expect(events).toContain('released')
  })
})
