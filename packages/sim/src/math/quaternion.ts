import { acos, atan2, clamp, cos, sin, wrapAngle } from './scalar.ts'
import { cross, dot, normalize, type Vec3 } from './vector.ts'

/** A unit quaternion (x, y, z, w). */
export interface Quat {
  x: number
  y: number
  z: number
  w: number
}

export const identity = (): Quat => ({ x: 0, y: 0, z: 0, w: 1 })

export function fromAxisAngle(axis: Vec3, angle: number): Quat {
  const n = normalize(axis)
  const s = sin(angle / 2)
  return { x: n.x * s, y: n.y * s, z: n.z * s, w: cos(angle / 2) }
}

export function multiply(a: Quat, b: Quat): Quat {
  return {
    x: a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y,
    y: a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x,
    z: a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w,
    w: a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z,
  }
}

export const conjugate = (q: Quat): Quat => ({ x: -q.x, y: -q.y, z: -q.z, w: q.w })

export function rotate(q: Quat, v: Vec3): Vec3 {
  const u = { x: q.x, y: q.y, z: q.z }
  const t = cross(u, v)
  const t2 = { x: 2 * t.x, y: 2 * t.y, z: 2 * t.z }
  const c = cross(u, t2)
  return { x: v.x + q.w * t2.x + c.x, y: v.y + q.w * t2.y + c.y, z: v.z + q.w * t2.z + c.z }
}

/** The signed angle of q's twist about `axis` (swing–twist decomposition), in (−π, π]. */
export function twistAngle(q: Quat, axis: Vec3): number {
  const n = normalize(axis)
  const projection = dot({ x: q.x, y: q.y, z: q.z }, n)
  return wrapAngle(2 * atan2(projection, q.w))
}

/** The angle between two orientations, in [0, π]. */
export function angleBetween(a: Quat, b: Quat): number {
  const d = Math.abs(a.x * b.x + a.y * b.y + a.z * b.z + a.w * b.w)
  return 2 * acos(clamp(d, -1, 1))
}

export function normalizeQuat(q: Quat): Quat {
  const l = Math.sqrt(q.x * q.x + q.y * q.y + q.z * q.z + q.w * q.w)
  return l > 0 ? { x: q.x / l, y: q.y / l, z: q.z / l, w: q.w / l } : identity()
}

/**
 * The shortest rotation taking unit vector `from` onto unit vector `to` (square roots only, no
 * trigonometry, so it is cross-platform deterministic). Opposite vectors turn half a turn about
 * an axis perpendicular to `from`.
 */
export function fromUnitVectors(from: Vec3, to: Vec3): Quat {
  const w = 1 + dot(from, to)
  if (w < 1e-9) {
    const axis =
      Math.abs(from.x) > Math.abs(from.z) ? { x: -from.y, y: from.x, z: 0 } : { x: 0, y: -from.z, z: from.y }
    const n = normalize(axis)
    return { x: n.x, y: n.y, z: n.z, w: 0 }
  }
  const c = cross(from, to)
  return normalizeQuat({ x: c.x, y: c.y, z: c.z, w })
}
