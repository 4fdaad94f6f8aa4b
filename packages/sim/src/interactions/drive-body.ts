import type { SimContext } from '../core/context.ts'
import { acos, clamp } from '../math/scalar.ts'
import { conjugate, multiply, type Quat } from '../math/quaternion.ts'
import { scale, sub, type Vec3 } from '../math/vector.ts'
import type { RigidBody } from '../physics/rapier.ts'

const maxLinearSpeed = 20
const maxAngularSpeed = 30

/** The greatest angular speed a held body is turned at, rad/s. */
export const maxHeldAngularSpeed = maxAngularSpeed

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
 * Drives a held free body towards a pose by velocity, reaching it in one step unless something
 * is in the way (so a carried object still collides, and keeps the hand's velocity when let go).
 */
export function driveBodyTowards(ctx: SimContext, body: RigidBody, position: Vec3, rotation: Quat): void {
  body.setLinvel(limit(scale(sub(position, body.translation()), 1 / ctx.dt), maxLinearSpeed), true)
  body.setAngvel(angularVelocityTowards(body.rotation(), rotation, ctx.dt), true)
}
