import type { SimContext } from './context.ts'
import { rotate } from '../math/quaternion.ts'
import { dot, length, normalize, sub, type Vec3 } from '../math/vector.ts'
import { subjectPosition } from './environment.ts'

/**
 * True when a ray from the object's centre, along `direction` in the object's frame, first hits
 * `target` within `range`. The object's own body, the learner's capsule and sensors (zones) do
 * not stop it: a nozzle's spray lands on what it hits first.
 */
export function rayHits(
  ctx: SimContext,
  from: string,
  direction: readonly [number, number, number],
  target: string,
  range: number,
): boolean {
  const body = ctx.physics.body(from)
  if (!body) return false
  const local = normalize({ x: direction[0], y: direction[1], z: direction[2] })
  const ray = new ctx.rapier.Ray(body.translation(), rotate(body.rotation(), local))
  const hit = ctx.physics.world.castRay(
    ray,
    range,
    true,
    undefined,
    undefined,
    ctx.learner.collider,
    body,
    (collider) => !collider.isSensor(),
  )
  return hit !== null && ctx.physics.colliderOwner(hit.collider) === target
}

/**
 * True when the learner's head faces the subject: seen from above, the subject lies less than 90°
 * from the line of sight (−Z of the head). A dot product: no trigonometry, so replays agree.
 */
export function facing(ctx: SimContext, subject: string): boolean {
  const head = ctx.learner.head
  const forward = rotate(head.rotation, { x: 0, y: 0, z: -1 })
  const toward: Vec3 = sub(subjectPosition(ctx, subject), head.position)
  const flatForward = { x: forward.x, y: 0, z: forward.z }
  const flatToward = { x: toward.x, y: 0, z: toward.z }
  if (length(flatToward) === 0) return true
  return dot(flatForward, flatToward) > 0
}
