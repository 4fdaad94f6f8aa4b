import type { SimContext } from '../core/context.ts'
import type { Vec3 } from '../math/vector.ts'
import { distance } from '../math/vector.ts'
import { defaultInteractionSettings } from './interaction-settings.ts'

/** The default reach from the hand's centre to an object's surface, m (a scenario may set its own). */
export const handReach = defaultInteractionSettings.reach
/** The default reach of a pointing ray for a distance grab, m (a scenario may set its own). */
export const distanceGrabRange = defaultInteractionSettings.distanceGrabRange

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
  reach = ctx.interaction.reach,
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
