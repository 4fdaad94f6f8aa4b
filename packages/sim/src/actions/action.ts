import type { Quat } from '../math/quaternion.ts'
import type { Vec3 } from '../math/vector.ts'

export type Hand = 'left' | 'right'

/**
 * What a learner (or a bot, or a replay) does: the same few inputs a headset or a desktop
 * produces. Poses are quantised when dispatched (1 mm, 1e-3 of a quaternion component), so a
 * recording holds exactly what the core consumed.
 */
export type Action =
  | { type: 'head'; position: Vec3; rotation: Quat }
  | { type: 'hand'; hand: Hand; position: Vec3; rotation: Quat }
  /** Pointing ray on or off (distance grab, laser pointer on desktop). */
  | { type: 'point'; hand: Hand; on: boolean }
  | { type: 'grip'; hand: Hand; pressed: boolean }
  | { type: 'trigger'; hand: Hand; pressed: boolean }
  | { type: 'teleport'; position: Vec3 }
  /** A choice in the in-world panel: `hint`, `finish`, or a scenario-defined answer. */
  | { type: 'choose'; choice: string }

export type ActionType = Action['type']

/** An action stamped with the fixed step it applies at. */
export interface TimedAction {
  step: number
  action: Action
}
