import { object, optional, s, type Schema } from '../kit/index.ts'
import { direction, subject } from './common.ts'
import type {
  Condition,
  ConditionInput,
  NumberExpression,
  NumberExpressionInput,
} from './expression-types.ts'

const pair = (what: string) =>
  s
    .tuple(numberExpression, numberExpression)
    .describe(`Two numeric expressions of the same dimension: ${what}.`)

/** A numeric expression (for instruments, dynamics and comparisons). */
export const numberExpression: Schema<NumberExpressionInput, NumberExpression> = s.lazy<
  NumberExpressionInput,
  NumberExpression
>('NumberExpression', () =>
  s
    .keyed(
      'NumberExpression',
      {
        param: s.ref('parameter').describe('The value of a declared parameter (after launch overrides).'),
        state: s.ref('state').describe('The value of a numeric state variable.'),
        reading: s.ref('reading').describe('The current value of an instrument reading.'),
        elapsed: object('Elapsed', {
          since: optional(
            s.ref('step').describe('Count from when this step was done; from the start when left out.'),
          ),
        }).describe('Seconds since the start, or since a step was done.'),
        add: s.array(numberExpression, 2).describe('Sum of two or more expressions of the same dimension.'),
        sub: pair('the first minus the second'),
        mul: s
          .array(numberExpression, 2)
          .describe('Product of two or more expressions (dimensions multiply).'),
        div: pair('the first divided by the second (dimensions divide)'),
        neg: numberExpression.describe('The expression with its sign flipped.'),
        min: s
          .array(numberExpression, 2)
          .describe('The smallest of two or more expressions of the same dimension.'),
        max: s
          .array(numberExpression, 2)
          .describe('The largest of two or more expressions of the same dimension.'),
        clamp: object('Clamp', {
          value: numberExpression.describe('The value to limit.'),
          min: numberExpression.describe('Lower bound (same dimension as value).'),
          max: numberExpression.describe('Upper bound (same dimension as value).'),
        }).describe('The value limited to [min, max].'),
        table: object('Table', {
          input: numberExpression.describe('The value looked up in the table.'),
          points: s
            .array(s.tuple(s.anyQuantity(), s.anyQuantity()), 2)
            .describe(
              'Points [input, output] in increasing input order; linear between points, flat beyond the ends.',
            ),
        }).describe('A piecewise-linear table (e.g. gas concentration against distance from a leak).'),
        approach: object('Approach', {
          target: numberExpression.describe('The value approached.'),
          timeConstant: s
            .quantity('time', { min: 0 })
            .describe('Time to close 63 % of the gap (first-order lag, stepped without exp()).'),
          initial: numberExpression.describe('The value at the start.'),
        }).describe(
          'A value that moves towards a target over time (an instrument settling, a room filling with gas).',
        ),
        heightAbove: object('HeightAbove', {
          subject: subject(),
          floor: optional(
            s.ref('zone').describe('Measure from the bottom of this zone; from y = 0 when left out.'),
          ),
        }).describe('Height of the subject (for the learner: the feet of the body capsule) above a floor.'),
        distance: object('Distance', {
          from: subject(),
          to: subject(),
        }).describe('Distance between two subjects (e.g. from the learner to a gas source).'),
        jointAngle: s.ref('joint').describe('The current angle of a hinge joint.'),
        jointPosition: s.ref('joint').describe('The current travel of a slider joint.'),
        if: object('IfExpression', {
          condition: condition.describe('Which branch applies.'),
          then: numberExpression.describe('The value when the condition holds.'),
          else: numberExpression.describe('The value otherwise (same dimension as then).'),
        }).describe('One of two values depending on a condition.'),
      },
      s.anyQuantity().describe('A constant: a number (SI) or a quantity with a unit such as "10 ppm".'),
    )
    .describe(
      'A numeric expression: a number, a quantity with a unit, or one operation. No code strings, no eval.',
    ),
)

const comparison = (op: string) => pair(op)

/** A condition (for hazards, steps, rules, faults, feedback). */
export const condition: Schema<ConditionInput, Condition> = s.lazy<ConditionInput, Condition>(
  'Condition',
  () =>
    s
      .keyed(
        'Condition',
        {
          all: s.array(condition, 1).describe('True when every condition is true.'),
          any: s.array(condition, 1).describe('True when at least one condition is true.'),
          not: condition.describe('True when the condition is false.'),
          lt: comparison('true when the first is less than the second'),
          le: comparison('true when the first is at most the second'),
          gt: comparison('true when the first is greater than the second'),
          ge: comparison('true when the first is at least the second'),
          eq: comparison('true when both are equal'),
          ne: comparison('true when they differ'),
          inZone: object('InZone', {
            subject: subject(),
            zone: s.ref('zone').describe('The sensor zone.'),
          }).describe(
            'True while the subject (for the learner: any part of the body capsule) is inside the zone.',
          ),
          within: object('Within', {
            from: subject(),
            to: subject(),
            distance: s.quantity('length', { min: 0 }).describe('The distance.'),
          }).describe('True while the two subjects are closer than the distance.'),
          attached: object('Attached', {
            object: s.ref('object').describe('The attached object (a lock, a tag, a lanyard hook).'),
            to: s.ref('interactable').describe('The attach point.'),
          }).describe('True while the object is locked onto the attach point.'),
          worn: object('Worn', { item: s.ref('object').describe('The wearable object.') }).describe(
            'True while the learner wears the item.',
          ),
          held: object('Held', { object: s.ref('object').describe('The grabbable object.') }).describe(
            'True while the learner holds the object.',
          ),
          stepDone: s.ref('step').describe('True once the procedure step is done.'),
          flag: s.ref('state').describe('The value of a boolean state variable.'),
          stateIs: object('StateIs', {
            state: s.ref('state').describe('An enum state variable.'),
            value: s.string().describe('One of its declared values.'),
          }).describe('True while the enum state variable has this value.'),
          energy: object('EnergyIs', {
            source: s.ref('energy').describe('The energy source.'),
            is: s.enum(['live', 'isolated', 'released']).describe('The energy state.'),
          }).describe('True while the energy source is in this state.'),
          personState: object('PersonStateIs', {
            person: s.ref('person').describe('The scripted person.'),
            is: s.string().describe('One of the states declared for that person.'),
          }).describe('True while the person is in this state.'),
          hazardLive: s.ref('hazard').describe('True while the hazard is live.'),
          faultActive: s
            .ref('fault')
            .describe('True when the fault was drawn for this case and has triggered.'),
          mode: s.enum(['practice', 'assessment']).describe('True in this mode.'),
          rayHits: object('RayHits', {
            from: s
              .ref('object')
              .describe('Where the ray starts: the centre of this object (a nozzle, a hose end).'),
            direction: direction().describe(
              "Which way it goes, in the object's frame (it turns with the object).",
            ),
            target: s.ref('object').describe('The object the ray must hit first.'),
            within: numberExpression.describe(
              'How far the ray reaches (a length: a spray range, often a parameter).',
            ),
          }).describe(
            "True while a ray cast in the physics world from the object, along its direction, first hits the target within the distance (the object itself, the learner's body and zones do not stop it): where a nozzle's spray lands.",
          ),
          facing: s
            .ref('object', 'person')
            .describe(
              "True while the learner's head faces the object or person: it lies less than 90° from the line of sight, sideways (turning one's back makes it false).",
            ),
        },
        s.boolean().describe('A constant condition.'),
      )
      .describe('A condition: true/false or one test. No code strings, no eval.'),
)
