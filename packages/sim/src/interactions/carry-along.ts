import type { SimContext } from '../core/context.ts'
import { add, type Vec3 } from '../math/vector.ts'

/**
 * Moves the hands, and every body they carry freely, by `by`: a teleport takes the learner's hands
 * with them, and what they hold comes along instead of being dragged through whatever lies
 * between (a manhole's rim, a deck seen from below). A jointed thing (a lever) stays where it is.
 */
export function carryAlong(ctx: SimContext, by: Vec3): void {
  const moved = new Set<string>()
  for (const state of Object.values(ctx.hands)) {
    state.position = add(state.position, by)
    const hold = state.hold
    if (!hold || hold.kind === 'joint' || moved.has(hold.object)) continue
    moved.add(hold.object)
    const body = ctx.physics.body(hold.object)
    if (!body) continue
    body.setTranslation(add(body.translation(), by), true)
    body.setLinvel({ x: 0, y: 0, z: 0 }, true)
  }
}
