import type { Quat, Vec3 } from '@practicum/sim'

/** Launch speed of the teleport arc, m/s: about 5 m of reach from a hand held level. */
const arcSpeed = 7
const gravity = 9.81

/**
 * Where a teleport arc thrown from `from` along the pointing direction (−Z of `rotation`) lands on
 * the floor plane `y = floorY`, written into `target` (no allocation: frame code). Returns whether
 * it lands within `range` metres (horizontally) of `from`. A flat-floor arc for apps without a core
 * world; the VR rig lands on the core's colliders at any height instead (`createTeleportArc`).
 */
export function aimTeleport(
  from: Vec3,
  rotation: Quat,
  floorY: number,
  range: number,
  target: Vec3,
): boolean {
  const { x, y, z, w } = rotation
  // −Z rotated by the quaternion, written out.
  const dx = -2 * (w * y + x * z)
  const dy = 2 * (w * x - y * z)
  const dz = -1 + 2 * (x * x + y * y)
  const height = from.y - floorY
  if (height <= 0) return false
  const up = dy * arcSpeed
  // from.y + up·t − g t²/2 = floorY, the later root.
  const t = (up + Math.sqrt(up * up + 2 * gravity * height)) / gravity
  target.x = from.x + dx * arcSpeed * t
  target.y = floorY
  target.z = from.z + dz * arcSpeed * t
  const hx = target.x - from.x
  const hz = target.z - from.z
  return hx * hx + hz * hz <= range * range
}
