import type { SimContext } from '../core/context.ts'
import type { Vec3 } from '../math/vector.ts'
import { distance } from '../math/vector.ts'

/** How far from the hand's centre an object's surface may be to be taken, m. */
export const handReach = 0.1
/** How far a pointing ray reaches for a distance grab, m. */
export const distanceGrabRange = 3

/** The distance from a point to an object's collider surface (0 inside), or Infinity without one. */
export function distanceToObject(ctx: SimContext, object: string, point: Vec3): number {
  const collider = ctx.physics.collider(object)
  if (!collider) return Infinity
  const projection = collider.projectPoint(point, true)
  if (!projection) return Infinity
  return projection.isInside ? 0 : distance(point, projection.point)
}

/** The nearest of `objects` whose surface is within reach of `point`, if any. */
export function nearestInReach(
  ctx: SimContext,
  objects: Iterable<string>,
  point: Vec3,
  reach = handReach,
): string | undefined {
  let best: string | undefined
  let bestDistance = reach
  for (const object of objects) {
    const d = distanceToObject(ctx, object, point)
    if (d <= bestDistance) {
      best = object
      bestDistance = d
    }
  }
  return best
}
