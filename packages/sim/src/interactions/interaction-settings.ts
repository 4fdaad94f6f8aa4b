/** How far the learner's hands reach and how forgiving placing things is, in SI units. */
export interface InteractionSettings {
  /** How far from the hand's centre an object's surface may be to be taken or touched, m. */
  readonly reach: number
  /** How close a let-go object must come to an attach point to lock on, m. */
  readonly attachTolerance: number
  /** How far a pointing ray reaches for a distance grab, m. */
  readonly distanceGrabRange: number
}

/** The settings a scenario gets when it says nothing: 10 cm reach, 3 cm to attach, 3 m ray. */
export const defaultInteractionSettings: InteractionSettings = {
  reach: 0.1,
  attachTolerance: 0.03,
  distanceGrabRange: 3,
}
