import type { Hand } from '../actions/action.ts'

type Point = readonly [number, number, number]

/**
 * One instruction of a scripted learner, in SI units. A bot acts only as a learner can: it moves
 * its head and hands at human speeds and presses grip and trigger; it never touches the world.
 */
export type BotCommand =
  /** Walk (the head moves horizontally) to a point; `speed` in m/s. */
  | { walkTo: Point; speed?: number }
  /** Move a hand to a point or to an object's current position (plus `offset`); `speed` in m/s. */
  | { reach: { hand: Hand; to: Point | string; offset?: Point }; speed?: number }
  /** Move hands together by a displacement (both hands lift a two-handed load); `speed` in m/s. */
  | { move: { hands: readonly Hand[]; by: Point }; speed?: number }
  | { grip: Hand }
  | { release: Hand }
  /** Press and release the trigger. */
  | { trigger: Hand }
  /** Hold the trigger down for `seconds`. */
  | { hold: { hand: Hand; seconds: number } }
  /** Press the trigger and keep it pressed (while the next commands aim, sweep or walk). */
  | { triggerDown: Hand }
  /** Let go of a trigger pressed by `triggerDown`. */
  | { triggerUp: Hand }
  /** Turn the head (about the vertical) to face a point or an object. */
  | { look: Point | string }
  /** Turn a hand about a world axis by an angle (rad); `speed` in rad/s. */
  | { turn: { hand: Hand; by: number; axis: Point }; speed?: number }
  | { point: { hand: Hand; on: boolean } }
  /** Aim a hand's pointing ray (−Z of the hand) at a point or an object. */
  | { aim: { hand: Hand; at: Point | string } }
  | { wait: number }
  | { teleport: Point }
  | { choose: string }
