import type { Climb } from '@practicum/scenario'
import type { Hand } from '../actions/action.ts'
import type { SimContext } from '../core/context.ts'
import { carryAlong } from '../interactions/carry-along.ts'
import { sub, type Vec3 } from '../math/vector.ts'

/** A teleport that changes the learner's level by more than this is a climb, m. */
export const climbHeight = 0.5

/** A place stands in a zone when the point this far above its feet lies in it, m (zones often start at the floor). */
const standingProbe = 0.1

/** Why the core refuses a teleport: no declared climb leads there, or a hand too many is full. */
export type TeleportRefusal = 'no-way-there' | 'hands-full'

const probe = { x: 0, y: 0, z: 0 }

function standsIn(ctx: SimContext, zone: string, feet: Readonly<Vec3>): boolean {
  const sensor = ctx.physics.zoneCollider(zone)
  if (!sensor) return false
  probe.x = feet.x
  probe.y = feet.y + standingProbe
  probe.z = feet.z
  return sensor.containsPoint(probe)
}

function learnerIn(ctx: SimContext, zone: string): boolean {
  const sensor = ctx.physics.zoneCollider(zone)
  return sensor !== undefined && ctx.physics.world.intersectionPair(ctx.learner.collider, sensor)
}

/**
 * The declared climb a teleport to `feet` takes: from one of its end zones, where the learner
 * stands, to a place in the other. Undefined when the teleport stays on the learner's level, when
 * the scenario declares no climbs (any teleport goes), or when none leads there.
 */
function climbTo(ctx: SimContext, feet: Readonly<Vec3>): Climb | 'level' | undefined {
  const climbs = ctx.scenario.climbs
  if (climbs.length === 0 || ctx.learner.dynamic) return 'level'
  if (Math.abs(feet.y - ctx.learner.feet().y) <= climbHeight) return 'level'
  for (const climb of climbs) {
    const [a, b] = climb.between
    if ((learnerIn(ctx, a) && standsIn(ctx, b, feet)) || (learnerIn(ctx, b) && standsIn(ctx, a, feet)))
      return climb
  }
  return undefined
}

/** The first hand that holds something, when fewer hands are free than the climb asks. */
function fullHand(ctx: SimContext, climb: Climb): Hand | undefined {
  const rule = climb.handsFree
  if (!rule) return undefined
  const full: Hand[] = []
  if (ctx.hands.left.hold) full.push('left')
  if (ctx.hands.right.hold) full.push('right')
  return 2 - full.length < rule.hands ? full[0] : undefined
}

/**
 * Why the core would refuse to stand the learner at `feet` now, or undefined when it would. The
 * same judgement `teleport` actions get, for a runtime to show before the learner lets go (a VR
 * arc's target), so the input never moves the view where the core would not move the body.
 *
 * The rules: a hanging or falling learner may always be brought back; in a scenario without
 * `climbs` any teleport goes; otherwise a teleport that changes level by more than
 * {@link climbHeight} must follow a declared climb from the zone the learner stands in to a place in
 * its other end zone, with as many hands free as its `handsFree` rule asks (unless the rule only
 * records a loaded climb).
 */
export function teleportRefusal(ctx: SimContext, feet: Readonly<Vec3>): TeleportRefusal | undefined {
  const climb = climbTo(ctx, feet)
  if (climb === 'level') return undefined
  if (!climb) return 'no-way-there'
  return fullHand(ctx, climb) !== undefined && climb.handsFree?.record === undefined
    ? 'hands-full'
    : undefined
}

/** Applies a `teleport` action: stands the learner at `feet`, or reports why the core refuses. */
export function teleportLearner(ctx: SimContext, feet: Vec3): void {
  const climb = climbTo(ctx, feet)
  const where = `(${feet.x.toFixed(2)}, ${feet.y.toFixed(2)}, ${feet.z.toFixed(2)})`
  if (climb === undefined) {
    ctx.emit({
      type: 'action-rejected',
      action: 'teleport',
      reason: 'no-way-there',
      detail: `no climb leads from where the learner stands to ${where}`,
    })
    return
  }
  if (climb !== 'level') {
    const hand = fullHand(ctx, climb)
    const rule = climb.handsFree
    if (hand !== undefined && rule) {
      const held = ctx.hands[hand].hold?.object ?? ''
      if (rule.record === undefined) {
        ctx.emit({
          type: 'action-rejected',
          action: 'teleport',
          hand,
          reason: 'hands-full',
          detail: `climb "${climb.id}" needs ${rule.hands === 2 ? 'both hands' : 'a hand'} free (${rule.source}); the ${hand} hand holds "${held}"`,
        })
        return
      }
      if (ctx.values.get(rule.record) !== true) {
        ctx.values.set(rule.record, true)
        ctx.emit({ type: 'state-changed', id: rule.record, value: true })
      }
    }
  }
  carryAlong(ctx, sub(feet, ctx.learner.feet()))
  ctx.learner.teleport(feet)
}
