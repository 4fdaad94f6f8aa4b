import type { Hand } from '../actions/action.ts'
import { identity, type Quat } from '../math/quaternion.ts'
import type { Vec3 } from '../math/vector.ts'

/** How a hand holds an object: a free body follows the hand; a jointed one turns about its joint. */
export type Hold =
  | { kind: 'free'; object: string; offset: Vec3; rotationOffset: Quat; distance: boolean }
  | { kind: 'joint'; object: string; joint: string; axis: Vec3; startValue: number; startTwist: number }

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
