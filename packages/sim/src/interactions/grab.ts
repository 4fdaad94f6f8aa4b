import type { Hand } from '../actions/action.ts'
import type { SimContext } from '../core/context.ts'
import { clamp } from '../math/scalar.ts'
import { conjugate, multiply, rotate, twistAngle } from '../math/quaternion.ts'
import { add, scale, sub, type Vec3 } from '../math/vector.ts'
import { detach } from './attach.ts'
import { driveBodyTowards, maxHeldAngularSpeed } from './drive-body.ts'
import { nearestInReach } from './reach.ts'
import {
  carriedByBoth,
  driveTwoHanded,
  gripTwoHanded,
  needsTwoHands,
  releaseTwoHanded,
} from './two-handed.ts'

/** Objects a hand can take: grabbables, wearables and hand-held instruments move freely; dials turn. */
function graspable(ctx: SimContext): string[] {
  const objects: string[] = []
  for (const interactable of ctx.scenario.interactables) {
    if (
      ['grabbable', 'wearable', 'instrument', 'dial'].includes(interactable.kind) &&
      !objects.includes(interactable.object)
    ) {
      objects.push(interactable.object)
    }
  }
  return objects.filter((object) => ctx.physics.body(object) && !ctx.worn.has(object))
}

/** True when the object is held: by a hand, or by both when it needs two. */
export function isHeld(ctx: SimContext, object: string): boolean {
  if (needsTwoHands(ctx, object)) return carriedByBoth(ctx, object)
  return ctx.hands.left.hold?.object === object || ctx.hands.right.hold?.object === object
}

/** The object a pointing ray from the hand hits first, if it is graspable and in range. */
function pointedAt(
  ctx: SimContext,
  hand: Hand,
  candidates: readonly string[],
): { object?: string; blocker?: string } {
  const state = ctx.hands[hand]
  const forward = rotate(state.rotation, { x: 0, y: 0, z: -1 })
  const ray = new ctx.rapier.Ray(state.position, forward)
  const learnerCollider = ctx.learner.collider
  const hit = ctx.physics.world.castRay(
    ray,
    ctx.interaction.distanceGrabRange,
    true,
    undefined,
    undefined,
    learnerCollider,
    undefined,
    (collider) => !collider.isSensor(),
  )
  if (!hit) return {}
  const owner = ctx.physics.colliderOwner(hit.collider)
  if (owner && candidates.includes(owner)) return { object: owner }
  return { blocker: owner ?? 'something' }
}

/** Grip pressed: take what is in reach, or what the hand points at. */
export function grab(ctx: SimContext, hand: Hand): void {
  const state = ctx.hands[hand]
  if (state.hold) return
  const candidates = graspable(ctx)
  let object = nearestInReach(ctx, candidates, state.position)
  let distant = false
  if (!object && state.pointing) {
    const pointed = pointedAt(ctx, hand, candidates)
    if (pointed.blocker) {
      ctx.emit({
        type: 'action-rejected',
        action: 'grip',
        hand,
        reason: 'no-line-of-sight',
        detail: `the ray hits ${pointed.blocker} first`,
      })
      return
    }
    if (!pointed.object) {
      ctx.emit({
        type: 'action-rejected',
        action: 'grip',
        hand,
        reason: 'out-of-range',
        detail: `nothing graspable within ${ctx.interaction.distanceGrabRange} m of the ray`,
      })
      return
    }
    if (needsTwoHands(ctx, pointed.object)) {
      ctx.emit({
        type: 'action-rejected',
        action: 'grip',
        hand,
        reason: 'needs-two-hands',
        detail: `${pointed.object} needs both hands: walk up to it and grip it with both`,
      })
      return
    }
    object = pointed.object
    distant = true
  }
  if (!object) {
    ctx.emit({
      type: 'action-rejected',
      action: 'grip',
      hand,
      reason: 'nothing-in-reach',
      detail: 'no graspable object within reach of the hand',
    })
    return
  }
  if (needsTwoHands(ctx, object)) {
    gripTwoHanded(ctx, hand, object)
    return
  }
  detach(ctx, object)
  const body = ctx.physics.body(object)!
  const jointed = ctx.physics.jointOfBody(object)
  if (jointed) {
    state.hold = {
      kind: 'joint',
      object,
      joint: jointed.joint,
      axis: jointed.axis,
      startValue: ctx.physics.jointValue(jointed.joint),
      startTwist: twistAngle(state.rotation, jointed.axis),
    }
  } else {
    const inverse = conjugate(state.rotation)
    state.hold = {
      kind: 'free',
      object,
      // A distance grab pulls the object into the hand; a near grab keeps where it was taken.
      offset: distant ? { x: 0, y: 0, z: 0 } : rotate(inverse, sub(body.translation(), state.position)),
      rotationOffset: multiply(inverse, body.rotation()),
      distance: distant,
    }
  }
  ctx.emit({ type: 'grabbed', object, hand, distance: distant })
}

/** Grip released: let go; the object keeps the velocity the hand gave it. */
export function release(ctx: SimContext, hand: Hand): string | undefined {
  const hold = ctx.hands[hand].hold
  if (!hold) return undefined
  if (hold.kind === 'two-handed') return releaseTwoHanded(ctx, hand)
  ctx.hands[hand].hold = undefined
  ctx.emit({ type: 'released', object: hold.object, hand })
  return hold.object
}

/**
 * Every step, before the world steps: held free bodies are driven towards the hand by velocity
 * (so they still collide); held jointed bodies are turned about their joint by the hand's twist.
 * A jointed body is never made kinematic, so it cannot leave its hinge.
 */
export function driveHeld(ctx: SimContext): void {
  driveTwoHanded(ctx)
  for (const hand of ['left', 'right'] as const) {
    const state = ctx.hands[hand]
    const hold = state.hold
    if (!hold || hold.kind === 'two-handed') continue
    // An object in both hands (passed from one to the other) is driven once, by the left hand's hold.
    const other = ctx.hands[hand === 'left' ? 'right' : 'left']
    const shared = other.hold?.object === hold.object
    if (shared && hand === 'right') continue
    const body = ctx.physics.body(hold.object)!
    if (hold.kind === 'joint') {
      const desired = hold.startValue + (twistAngle(state.rotation, hold.axis) - hold.startTwist)
      const speed = clamp(
        (desired - ctx.physics.jointValue(hold.joint)) / ctx.dt,
        -maxHeldAngularSpeed,
        maxHeldAngularSpeed,
      )
      body.setAngvel(scale(hold.axis, speed), true)
      continue
    }
    const at = shared ? midpoint(state.position, other.position) : state.position
    driveBodyTowards(
      ctx,
      body,
      add(at, rotate(state.rotation, hold.offset)),
      multiply(state.rotation, hold.rotationOffset),
    )
  }
}

const midpoint = (a: Vec3, b: Vec3): Vec3 => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, z: (a.z + b.z) / 2 })
