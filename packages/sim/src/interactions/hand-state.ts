import type { Hand } from '../actions/action.ts'
import { identity, type Quat } from '../math/quaternion.ts'
import type { Vec3 } from '../math/vector.ts'

/**
 * How a hand holds an object: a free body follows the hand; a jointed one turns about its joint;
 * one that needs two hands is carried only while both grip it (see `two-handed.ts`).
 */
export type Hold =
  | { kind: 'free'; object: string; offset: Vec3; rotationOffset: Quat; distance: boolean }
  | { kind: 'joint'; object: string; joint: string; axis: Vec3; startValue: number; startTwist: number }
  | {
      kind: 'two-handed'
      object: string
      /** Where the hand took hold, in the object's frame. */
      grip: Vec3
      /** Set while both hands hold it: the pose of the pair when it was lifted. */
      lift: TwoHandedLift | undefined
    }

/** The object's pose relative to the two hands when both took hold (shared by both holds). */
export interface TwoHandedLift {
  /** Unit vector from the left hand to the right hand. */
  readonly line: Vec3
  /** The object's position minus the hands' midpoint. */
  readonly offset: Vec3
  readonly rotation: Quat
}

/** One hand: its pose, its buttons, and what it holds. */
export interface HandState {
  readonly hand: Hand
  position: Vec3
  rotation: Quat
  pointing: boolean
  grip: boolean
  trigger: boolean
  hold: Hold | undefined
}

export function createHandState(hand: Hand, position: Vec3): HandState {
  return {
    hand,
    position,
    rotation: identity(),
    pointing: false,
    grip: false,
    trigger: false,
    hold: undefined,
  }
}
