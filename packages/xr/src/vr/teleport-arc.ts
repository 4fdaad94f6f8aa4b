import type { Quat, Sim, Vec3 } from '@practicum/sim'

/** Launch speed of the teleport arc, m/s: about 5 m of reach from a hand held level. */
const arcSpeed = 7
const gravity = 9.81
/** The arc is followed in straight pieces this long in time, s, up to `maxTime`. */
const pieceTime = 0.04
const maxTime = 2.5
/** A surface whose normal is steeper than this (cos of 45°) is a wall, not a floor. */
const walkableNormal = 0.7
/** How far the standing checks look around the landing point, as a share of the learner's radius. */
const footprint = 0.8
/** Within this of the landing height the floor is level enough around it to stand on, m. */
const levelTolerance = 0.06

/** Where an arc landed: on a floor with room to stand (`landed`), the point written in `target`. */
export interface TeleportArc {
  /**
   * Follows the arc thrown from `from` (the core's world) along −Z of `rotation` and writes where it
   * first meets the core's fixed colliders into `target`. True when that is a floor with room for the
   * learner's feet within `range` metres (horizontally) of `from`; a wall, an edge, a rail's top or
   * nothing at all give false.
   */
  cast(from: Readonly<Vec3>, rotation: Readonly<Quat>, range: number, target: Vec3): boolean
}

/**
 * A teleport arc cast in the core's own physics world, so it lands on what the learner's body will
 * stand on (a floor, a scaffold deck, the bottom of a vault), at any height. The pieces of the arc
 * are Rapier ray casts against fixed colliders only (no sensors, no dynamic or kinematic bodies,
 * so neither the learner nor what they carry). Made once per rig: it reuses its ray and vectors;
 * Rapier still allocates a small result for each hit.
 */
export function createTeleportArc(sim: Sim): TeleportArc {
  const { rapier, physics } = sim.context
  const flags =
    rapier.QueryFilterFlags.EXCLUDE_DYNAMIC |
    rapier.QueryFilterFlags.EXCLUDE_KINEMATIC |
    rapier.QueryFilterFlags.EXCLUDE_SENSORS
  const ray = new rapier.Ray({ x: 0, y: 0, z: 0 }, { x: 0, y: -1, z: 0 })
  const radius = sim.scenario.learner.radius * footprint

  /** A straight cast from `ray.origin` along `ray.dir` (unit): the distance to a fixed collider, or −1. */
  function cast(length: number, normal?: Vec3): number {
    const hit = physics.world.castRayAndGetNormal(ray, length, true, flags)
    if (!hit) return -1
    if (normal) {
      normal.x = hit.normal.x
      normal.y = hit.normal.y
      normal.z = hit.normal.z
    }
    return hit.timeOfImpact
  }

  /** True when the first floor below (x, y + 0.5 m, z) lies at `y`, give or take the tolerance. */
  function floorAt(x: number, y: number, z: number): boolean {
    ray.origin.x = x
    ray.origin.y = y + 0.5
    ray.origin.z = z
    ray.dir.x = 0
    ray.dir.y = -1
    ray.dir.z = 0
    const distance = cast(0.5 + levelTolerance)
    return distance >= 0 && Math.abs(0.5 - distance) <= levelTolerance
  }

  const normal = { x: 0, y: 0, z: 0 }
  return {
    cast(from, rotation, range, target) {
      const { x, y, z, w } = rotation
      // −Z rotated by the quaternion, written out, times the launch speed.
      const vx = -2 * (w * y + x * z) * arcSpeed
      const vy = 2 * (w * x - y * z) * arcSpeed
      const vz = (-1 + 2 * (x * x + y * y)) * arcSpeed
      let px = from.x
      let py = from.y
      let pz = from.z
      for (let t = pieceTime; t <= maxTime + 1e-9; t += pieceTime) {
        const nx = from.x + vx * t
        const ny = from.y + vy * t - (gravity * t * t) / 2
        const nz = from.z + vz * t
        const dx = nx - px
        const dy = ny - py
        const dz = nz - pz
        const length = Math.sqrt(dx * dx + dy * dy + dz * dz)
        ray.origin.x = px
        ray.origin.y = py
        ray.origin.z = pz
        ray.dir.x = dx / length
        ray.dir.y = dy / length
        ray.dir.z = dz / length
        const distance = cast(length, normal)
        if (distance >= 0) {
          target.x = px + (dx / length) * distance
          target.y = py + (dy / length) * distance
          target.z = pz + (dz / length) * distance
          const hx = target.x - from.x
          const hz = target.z - from.z
          return (
            normal.y >= walkableNormal &&
            hx * hx + hz * hz <= range * range &&
            floorAt(target.x + radius, target.y, target.z) &&
            floorAt(target.x - radius, target.y, target.z) &&
            floorAt(target.x, target.y, target.z + radius) &&
            floorAt(target.x, target.y, target.z - radius)
          )
        }
        px = nx
        py = ny
        pz = nz
      }
      return false
    },
  }
}
