import { object, s, withDefault } from '../kit/index.ts'

/** How far the learner's hands reach and how forgiving placing things is. */
export const interaction = object('Interaction', {
  reach: withDefault(
    s
      .quantity('length', { min: 0.01, max: 0.5 })
      .describe(
        "How far from the hand's centre an object's surface may be for the hand to take or touch it.",
      ),
    0.1,
  ),
  attachTolerance: withDefault(
    s
      .quantity('length', { min: 0.001, max: 0.25 })
      .describe(
        'How close a let-go object must come to an attach point to lock on (a miss within 30 cm is reported with its distance).',
      ),
    0.03,
  ),
  distanceGrabRange: withDefault(
    s
      .quantity('length', { min: 0, max: 20 })
      .describe('How far a pointing ray reaches to pull an object into the hand; 0 turns distance grab off.'),
    3,
  ),
}).describe("The learner's reach and the tolerances of grabbing and attaching.")
