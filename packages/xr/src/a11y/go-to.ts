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
