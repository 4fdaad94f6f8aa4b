import type { Scenario } from '@practicum/scenario'
import type { Vec3 } from '@practicum/sim'
import type { DesktopRig } from '../input/desktop-rig.ts'

/** A change of level taller than this is a climb (a ladder, a scaffold deck), not a walk, m. */
export const climbHeight = 0.5

type Zone = Scenario['zones'][number]

/** Where a learner stands in a zone: its centre, on the bottom of its shape. */
export function zoneFloor(zone: Zone): Vec3 {
  const [x, y, z] = zone.transform.position
  const shape = zone.shape
  const half =
    shape.kind === 'box'
      ? shape.size[1] / 2
      : shape.kind === 'sphere'
        ? shape.radius
        : shape.kind === 'capsule'
          ? shape.height / 2 + shape.radius
          : shape.kind === 'cylinder'
            ? shape.height / 2
            : 0
  return { x, y: y - half * zone.transform.scale[1], z }
}

/**
 * Takes the desktop learner to `feet`: a walk on the same level, a climb (`rig.teleport`) when
 * the place is more than `climbHeight` above or below the learner's feet.
 */
export function goTo(rig: DesktopRig, scenario: Scenario, feet: Readonly<Vec3>): void {
  const standing = rig.head.y - scenario.learner.height
  if (Math.abs(feet.y - standing) > climbHeight) rig.teleport(feet)
  else rig.walkTo(feet)
}

/** How far one of the mirror's Step buttons takes the desktop learner, m. */
export const stepLength = 0.5

/**
 * Walks the desktop learner one step (`stepLength`) from where they stand, relative to the view's
 * heading: `forward` 1 or −1 (back), `right` 1 or −1 (left). The walk ends on the spot whatever
 * the frame rate, where a held key's walk ends wherever the key is let go.
 */
export function takeStep(rig: DesktopRig, forward: number, right: number): void {
  // The view's forward is −Z at yaw 0, as for three's cameras; its right is +X.
  const c = Math.cos(rig.yaw)
  const s = Math.sin(rig.yaw)
  rig.walkTo({
    x: rig.head.x + (right * c - forward * s) * stepLength,
    y: rig.head.y,
    z: rig.head.z - (right * s + forward * c) * stepLength,
  })
}
