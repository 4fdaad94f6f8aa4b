import type { Scenario } from '@practicum/scenario'

/** Where a world-anchored panel stands: a position and a yaw (radians about +y). */
export interface PanelPose {
  position: [number, number, number]
  rotation: [number, number, number]
}

/** Where the panel stands relative to the learner's start. */
export interface PanelPlacement {
  /** @defaultValue 'left' (tasks tend to be reached with the right hand, and to its side) */
  side?: 'left' | 'right'
  /** Metres ahead (along −z). @defaultValue 1.1 */
  ahead?: number
  /** Metres to the side. @defaultValue 0.6 */
  aside?: number
  /** Metres above the floor. @defaultValue 1.55 */
  height?: number
}

/**
 * A place for the in-world panel that the learner sees on arrival: ahead and to one side of the
 * scenario's start (the task lies straight ahead, along −z), at chest height, turned to face them.
 *
 * @example
 * <InWorldPanel sim={sim} store={store} {...panelPose(sim.scenario)} />
 */
export function panelPose(
  scenario: Scenario,
  { side = 'left', ahead = 1.1, aside = 0.6, height = 1.55 }: PanelPlacement = {},
): PanelPose {
  const [x, y, z] = scenario.learner.start.position
  const offset = side === 'right' ? aside : -aside
  return {
    position: [x + offset, y + height, z - ahead],
    rotation: [0, Math.atan2(-offset, ahead), 0],
  }
}
