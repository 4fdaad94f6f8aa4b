import { object, optional, s, withDefault } from '../kit/index.ts'
import { textKey } from './common.ts'
import { condition, numberExpression } from './expressions.ts'

const on = () => s.ref('object').describe('The scene object the learner interacts with.')
const interactableId = () => s.id('interactable').describe('Unique id of the interactable.')

/** A value shown by an instrument (a gas meter channel, a voltage). */
export const reading = object('Reading', {
  id: s.id('reading').describe('Unique id of the reading (used by `reading:` expressions).'),
  label: textKey(),
  unit: s
    .string()
    .describe('Unit displayed (e.g. "%vol", "ppm", "%LEL", "V"); must match the dimension of value.'),
  value: numberExpression.describe('What the instrument shows, computed from the scene.'),
  alarmWhen: optional(condition.describe('The instrument alarms while this holds.')),
  message: optional(textKey().describe('How the display formats the value; gets the argument {value}.')),
}).describe('A value an instrument shows.')

/** Something the learner can act on. */
export const interactable = s
  .tagged('Interactable', 'kind', {
    grabbable: object('Grabbable', {
      id: interactableId(),
      object: on(),
      hands: withDefault(
        s
          .enum(['one', 'two'])
          .describe(
            'Hands needed to carry it. `two`: lifted only while both hands grip it within reach, carried at their midpoint and turned with the line between them; it drops when either hand lets go.',
          ),
        'one',
      ),
    }).describe('An object the learner can pick up and carry.'),
    usable: object('Usable', {
      id: interactableId(),
      object: on(),
      action: textKey().describe('What using it does, shown as a prompt.'),
      sets: optional(s.ref('state').describe('A boolean state variable set true while it is used.')),
    }).describe('An object used with the trigger (a start button, a horn, an extinguisher handle).'),
    toggle: object('Toggle', {
      id: interactableId(),
      object: on(),
      state: s.ref('state').describe('The boolean state variable the switch sets.'),
      label: textKey(),
    }).describe('A switch or breaker with two positions.'),
    dial: object('Dial', {
      id: interactableId(),
      object: on(),
      joint: s.ref('joint').describe('The hinge the dial turns about.'),
      state: s.ref('state').describe('The numeric state variable (an angle) the dial sets.'),
      detents: optional(s.array(s.quantity('angle')).describe('Angles where the dial clicks.')),
    }).describe('A dial, valve wheel or lever set by turning.'),
    attachPoint: object('AttachPoint', {
      id: interactableId(),
      object: on(),
      accepts: s
        .array(s.ref('object'), 1)
        .describe('Objects that lock onto this point (locks, tags, lanyard hooks).'),
      capacity: withDefault(
        s
          .number({ integer: true, min: 1 })
          .describe('How many objects fit at once (a group hasp takes several locks).'),
        1,
      ),
      rating: optional(
        s.quantity('force', { min: 0 }).describe('Load rating (an anchorage needs 22.2 kN per worker).'),
      ),
      attached: withDefault(
        s
          .array(s.ref('object'))
          .describe(
            "Objects locked on at the start (another worker's lock); each one it accepts, placed there.",
          ),
        [],
      ),
    }).describe('A point where something locks on: a hasp, a tag hole, an anchorage.'),
    wearable: object('Wearable', {
      id: interactableId(),
      object: on(),
      slot: s
        .enum([
          'head',
          'eyes',
          'ears',
          'face',
          'respiratory',
          'hands',
          'body',
          'feet',
          'harness',
          'lanyardKeeper',
        ])
        .describe(
          "The PPE slot it occupies (lanyardKeeper: a lanyard's hook parked on the harness, both hands free to climb).",
        ),
      rating: optional(s.anyQuantity().describe('Protection rating (e.g. "8 cal/cm^2" arc rating).')),
    }).describe('Personal protective equipment the learner can put on.'),
    instrument: object('Instrument', {
      id: interactableId(),
      object: on(),
      readings: s.array(reading, 1).describe('The values it shows.'),
      needsBumpTest: withDefault(s.boolean().describe('Readings are trusted only after a bump test.'), false),
    }).describe('A readable instrument (gas meter, voltage tester, pressure gauge).'),
  })
  .describe('How the learner can act on an object.')
