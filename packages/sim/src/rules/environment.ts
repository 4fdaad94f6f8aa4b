import type { NumberExpression } from '@practicum/scenario'
import type { EnergyState } from '../events/sim-event.ts'

/** What conditions and expressions may ask of the running simulation. */
export interface Environment {
  readonly mode: 'practice' | 'assessment'
  /** Seconds since the start (step × dt). */
  readonly time: number
  readonly dt: number
  param(id: string): number
  value(id: string): number | boolean | string
  reading(id: string): number
  stepDoneAt(id: string): number | undefined
  energy(id: string): EnergyState
  personState(id: string): string
  hazardLive(id: string): boolean
  faultActive(id: string): boolean
  attached(object: string, to: string): boolean
  worn(item: string): boolean
  held(object: string): boolean
  inZone(subject: string, zone: string): boolean
  distance(from: string, to: string): number
  heightAbove(subject: string, floorZone: string | undefined): number
  jointValue(joint: string): number
  /** Whether a ray from the object along `direction` (its frame) first hits `target` within `range`. */
  rayHits(from: string, direction: readonly [number, number, number], target: string, range: number): boolean
  /** Whether the learner's head faces the subject (less than 90° off the line of sight, from above). */
  facing(subject: string): boolean
  /** The running value of an `approach` expression, advanced once per step. */
  approach(
    node: Extract<NumberExpression, { approach: unknown }>,
    target: number,
    initial: () => number,
  ): number
}
