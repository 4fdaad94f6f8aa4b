import type { Quat } from './quaternion.ts'
import { cos, sin } from './scalar.ts'

/** Euler angles [x, y, z] in radians, applied in XYZ order (three.js's default), as a quaternion. */
export function quatFromEulerXYZ([x, y, z]: readonly [number, number, number]): Quat {
  const c1 = cos(x / 2)
  const c2 = cos(y / 2)
  const c3 = cos(z / 2)
  const s1 = sin(x / 2)
  const s2 = sin(y / 2)
  const s3 = sin(z / 2)
  return {
    x: s1 * c2 * c3 + c1 * s2 * s3,
    y: c1 * s2 * c3 - s1 * c2 * s3,
    z: c1 * c2 * s3 + s1 * s2 * c3,
    w: c1 * c2 * c3 - s1 * s2 * s3,
  }
}
