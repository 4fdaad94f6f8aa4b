import type { Hand } from '../actions/action.ts'
import type { SimContext } from '../core/context.ts'
import { acos, clamp } from '../math/scalar.ts'
import { conjugate, multiply, rotate, twistAngle, type Quat } from '../math/quaternion.ts'
import { scale, sub, type Vec3 } from '../math/vector.ts'
import { distanceGrabRange, nearestInReach } from './reach.ts'

const maxLinearSpeed = 20
const maxAngularSpeed = 30

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

function heldBy(ctx: SimContext, object: string): Hand[] {
  return (['left', 'right'] as const).filter((hand) => ctx.hands[hand].hold?.object === object)
}

export function needsTwoHands(ctx: SimContext, object: string): boolean {
  return ctx.index.interactablesOf(object).some((i) => i.kind === 'grabbable' && i.hands === 'two')
}

/** True when the object is fully held (by both hands when it needs two). */
export function isHeld(ctx: SimContext, object: string): boolean {
  const holders = heldBy(ctx, object).length
  return holders > 0 && (holders === 2 || !needsTwoHands(ctx, object))
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
    distanceGrabRange,
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
        detail: `nothing graspable within ${distanceGrabRange} m of the ray`,
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
  detachIfAttached(ctx, object)
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

function detachIfAttached(ctx: SimContext, object: string): void {
  for (const [point, objects] of ctx.attachments) {
    const joint = objects.get(object)
    if (!joint) continue
    ctx.physics.detach(joint)
    objects.delete(object)
    ctx.emit({ type: 'detached', object, from: point })
  }
}

/** Grip released: let go; the object keeps the velocity the hand gave it. */
export function release(ctx: SimContext, hand: Hand): string | undefined {
  const hold = ctx.hands[hand].hold
  if (!hold) return undefined
  ctx.hands[hand].hold = undefined
  ctx.emit({ type: 'released', object: hold.object, hand })
  return hold.object
}

function angularVelocityTowards(current: Quat, target: Quat, dt: number): Vec3 {
  let error = multiply(target, conjugate(current))
  if (error.w < 0) error = { x: -error.x, y: -error.y, z: -error.z, w: -error.w }
  const angle = 2 * acos(clamp(error.w, -1, 1))
  const sinHalf = Math.sqrt(Math.max(1 - error.w * error.w, 0))
  if (sinHalf < 1e-9) return { x: 0, y: 0, z: 0 }
  const speed = Math.min(angle / dt, maxAngularSpeed) / sinHalf
  return { x: error.x * speed, y: error.y * speed, z: error.z * speed }
}

function limit(v: Vec3, max: number): Vec3 {
  const length = Math.sqrt(v.x * v.x + v.y * v.y + v.z * v.z)
  return length > max ? scale(v, max / length) : v
}

/**
 * Every step, before the world steps: held free bodies are driven towards the hand by velocity
 * (so they still collide); held jointed bodies are turned about their joint by the hand's twist.
 * A jointed body is never made kinematic, so it cannot leave its hinge.
 */
export function driveHeld(ctx: SimContext): void {
  for (const hand of ['left', 'right'] as const) {
    const state = ctx.hands[hand]
    const hold = state.hold
    if (!hold) continue
    const holders = heldBy(ctx, hold.object)
    if (holders[0] !== hand) continue
    if (!isHeld(ctx, hold.object)) continue
    const body = ctx.physics.body(hold.object)!
    if (hold.kind === 'joint') {
      const desired = hold.startValue + (twistAngle(state.rotation, hold.axis) - hold.startTwist)
      const speed = clamp(
        (desired - ctx.physics.jointValue(hold.joint)) / ctx.dt,
        -maxAngularSpeed,
        maxAngularSpeed,
      )
      body.setAngvel(scale(hold.axis, speed), true)
      continue
    }
    const target =
      holders.length === 2 ? midpoint(ctx.hands.left.position, ctx.hands.right.position) : state.position
    const targetPosition = { x: target.x, y: target.y, z: target.z }
    const offsetWorld = rotate(state.rotation, hold.offset)
    const goal = {
      x: targetPosition.x + offsetWorld.x,
      y: targetPosition.y + offsetWorld.y,
      z: targetPosition.z + offsetWorld.z,
    }
    body.setLinvel(limit(scale(sub(goal, body.translation()), 1 / ctx.dt), maxLinearSpeed), true)
    body.setAngvel(
      angularVelocityTowards(body.rotation(), multiply(state.rotation, hold.rotationOffset), ctx.dt),
      true,
    )
  }
}

const midpoint = (a: Vec3, b: Vec3): Vec3 => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, z: (a.z + b.z) / 2 })
