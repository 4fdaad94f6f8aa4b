import type { Hand } from '../actions/action.ts'
import type { SimContext } from '../core/context.ts'
import { conjugate, fromUnitVectors, multiply, rotate } from '../math/quaternion.ts'
import { add, distance, length, scale, sub, type Vec3 } from '../math/vector.ts'
import { detach } from './attach.ts'
import { driveBodyTowards } from './drive-body.ts'
import type { HandState, Hold, TwoHandedLift } from './hand-state.ts'
import { distanceToObject } from './reach.ts'

type TwoHandedHold = Extract<Hold, { kind: 'two-handed' }>

const both = ['left', 'right'] as const
const otherHand = (hand: Hand): Hand => (hand === 'left' ? 'right' : 'left')

/** True when a grabbable of the object says `hands: two`. */
export function needsTwoHands(ctx: SimContext, object: string): boolean {
  return ctx.index.interactablesOf(object).some((i) => i.kind === 'grabbable' && i.hands === 'two')
}

function twoHandedHoldOf(state: HandState, object: string): TwoHandedHold | undefined {
  const hold = state.hold
  return hold?.kind === 'two-handed' && hold.object === object ? hold : undefined
}

/** True while both hands carry the object. */
export function carriedByBoth(ctx: SimContext, object: string): boolean {
  return both.every((hand) => twoHandedHoldOf(ctx.hands[hand], object)?.lift !== undefined)
}

function toObjectFrame(ctx: SimContext, object: string, point: Vec3): Vec3 {
  const body = ctx.physics.body(object)!
  return rotate(conjugate(body.rotation()), sub(point, body.translation()))
}

const midpoint = (a: Vec3, b: Vec3): Vec3 => scale(add(a, b), 0.5)

/** The hands' line from left to right as a unit vector, or undefined when the hands coincide. */
function handLine(ctx: SimContext): Vec3 | undefined {
  const line = sub(ctx.hands.right.position, ctx.hands.left.position)
  const l = length(line)
  return l < 1e-6 ? undefined : scale(line, 1 / l)
}

/**
 * A grip (within reach) on an object that needs two hands. Alone, the hand takes hold but cannot
 * lift it, and the learner is told so (`action-rejected`, reason `needs-two-hands`). When the
 * other hand already grips it and is still within reach, both lift it: `grabbed` names both hands.
 */
export function gripTwoHanded(ctx: SimContext, hand: Hand, object: string): void {
  const state = ctx.hands[hand]
  const partner = ctx.hands[otherHand(hand)]
  const waiting = twoHandedHoldOf(partner, object)
  const line = handLine(ctx)
  const partnerInReach = distanceToObject(ctx, object, partner.position) <= ctx.interaction.reach
  if (waiting && partnerInReach && line) {
    detach(ctx, object)
    const body = ctx.physics.body(object)!
    const lift: TwoHandedLift = {
      line,
      offset: sub(body.translation(), midpoint(ctx.hands.left.position, ctx.hands.right.position)),
      rotation: body.rotation(),
    }
    waiting.lift = lift
    waiting.grip = toObjectFrame(ctx, object, partner.position)
    state.hold = { kind: 'two-handed', object, grip: toObjectFrame(ctx, object, state.position), lift }
    ctx.emit({ type: 'grabbed', object, hand, distance: false, hands: ['left', 'right'] })
    return
  }
  // The other hand let its hold drift out of reach: this one starts over alone.
  if (waiting) partner.hold = undefined
  state.hold = {
    kind: 'two-handed',
    object,
    grip: toObjectFrame(ctx, object, state.position),
    lift: undefined,
  }
  ctx.emit({
    type: 'action-rejected',
    action: 'grip',
    hand,
    reason: 'needs-two-hands',
    detail: `${object} needs both hands: grip it with the ${otherHand(hand)} hand too`,
  })
}

/**
 * One hand lets go (or slips off): a carried object drops, and `released` names both hands. The
 * other hand stays on it, so gripping again while that hand is within reach lifts it again.
 * Returns the object when it was carried (so it may attach or be worn where it is let go).
 */
export function releaseTwoHanded(ctx: SimContext, hand: Hand, slipped = false): string | undefined {
  const hold = ctx.hands[hand].hold
  if (hold?.kind !== 'two-handed') return undefined
  ctx.hands[hand].hold = undefined
  if (!hold.lift) return undefined
  const partner = twoHandedHoldOf(ctx.hands[otherHand(hand)], hold.object)
  if (partner) partner.lift = undefined
  ctx.emit({
    type: 'released',
    object: hold.object,
    hand,
    hands: ['left', 'right'],
    ...(slipped ? { slipped: true as const } : {}),
  })
  return hold.object
}

/**
 * Every step, before the world steps: an object carried by both hands follows them, its position
 * from their midpoint and its orientation from the line between them (the rotation taking the
 * line at the lift onto the line now; a roll about that line cannot be told from two points and
 * is not followed). A hand that has moved more than reach from where it took hold (the hands
 * pulled apart or pushed together, or the object stuck) slips off, and the object drops.
 */
export function driveTwoHanded(ctx: SimContext): void {
  const hold = ctx.hands.left.hold
  if (hold?.kind !== 'two-handed' || !hold.lift || !carriedByBoth(ctx, hold.object)) return
  for (const hand of both) {
    const grip = (ctx.hands[hand].hold as TwoHandedHold).grip
    if (distance(toObjectFrame(ctx, hold.object, ctx.hands[hand].position), grip) > ctx.interaction.reach) {
      releaseTwoHanded(ctx, hand, true)
      return
    }
  }
  const { lift } = hold
  const swing = fromUnitVectors(lift.line, handLine(ctx) ?? lift.line)
  const body = ctx.physics.body(hold.object)!
  driveBodyTowards(
    ctx,
    body,
    add(midpoint(ctx.hands.left.position, ctx.hands.right.position), rotate(swing, lift.offset)),
    multiply(swing, lift.rotation),
  )
}
