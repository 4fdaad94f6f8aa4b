import { object, optional, s, withDefault } from '../kit/index.ts'

/** A learner-visible text: the key of a message declared under `messages`. */
export const textKey = () =>
  s
    .ref('text')
    .describe('Key of a message declared under `messages`; shown to the learner in their language.')

/** A position [x, y, z] in metres (Y up, right-handed). */
export const position = () =>
  s
    .tuple(s.quantity('length'), s.quantity('length'), s.quantity('length'))
    .describe('Position [x, y, z]: lengths, Y up, right-handed (e.g. ["1 m", "0.5 m", 0]).')

/** A direction or axis [x, y, z], unitless (normalised by the simulation). */
export const direction = () =>
  s
    .tuple(s.number(), s.number(), s.number())
    .describe('Direction [x, y, z], unitless; normalised by the simulation.')

/** Where something is: position, rotation (Euler XYZ angles), uniform or per-axis scale. */
export const transform = object('Transform', {
  position: position(),
  rotation: withDefault(
    s
      .tuple(s.quantity('angle'), s.quantity('angle'), s.quantity('angle'))
      .describe('Rotation as Euler angles [x, y, z] applied in XYZ order (e.g. [0, "90 deg", 0]).'),
    [0, 0, 0],
  ),
  scale: withDefault(
    s
      .tuple(s.number({ min: 0 }), s.number({ min: 0 }), s.number({ min: 0 }))
      .describe('Scale factors [x, y, z].'),
    [1, 1, 1],
  ),
}).describe('Position, rotation and scale relative to the world (or to a parent object).')

/** The subject of a spatial condition: `learner`, or an object or person id. */
export const subject = () =>
  s.ref('object', 'person', 'learner').describe('Who or what: `learner`, or the id of an object or a person.')

/** An optional human note for designers, never shown to learners. */
export const note = () =>
  optional(s.string().describe('A note for designers and reviewers; never shown to learners.'))
