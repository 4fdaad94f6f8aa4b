import { object, optional, s } from '../kit/index.ts'
import { note } from './common.ts'
import { condition, numberExpression } from './expressions.ts'

/** A named variable of the scenario. */
export const stateVariable = s
  .tagged('StateVariable', 'type', {
    boolean: object('BooleanState', {
      id: s.id('state').describe('Unique id.'),
      initial: s.boolean().describe('Value at the start.'),
      note: note(),
    }).describe('A true/false variable.'),
    number: object('NumberState', {
      id: s.id('state').describe('Unique id.'),
      unit: s
        .string()
        .describe('Unit of the variable (any unit known to the parser, "" for none); gives its dimension.'),
      initial: s.anyQuantity().describe("Value at the start, in the unit's dimension."),
      rate: optional(
        numberExpression.describe(
          'Change per second, evaluated every step (a fire growing or knocked down, an extinguisher emptying): the variable follows it by itself, without state-changed events.',
        ),
      ),
      min: optional(s.anyQuantity().describe('Lowest value a rate may take it to.')),
      max: optional(s.anyQuantity().describe('Highest value a rate may take it to.')),
      note: note(),
    }).describe('A numeric variable with a unit.'),
    enum: object('EnumState', {
      id: s.id('state').describe('Unique id.'),
      values: s.array(s.string(), 2).describe('The values it can take.'),
      initial: s.string().describe('Value at the start (one of values).'),
      note: note(),
    }).describe('A variable taking one of a few named values.'),
  })
  .describe('A state variable.')

/** An energy source and how its state is decided. */
export const energySource = object('EnergySource', {
  id: s.id('energy').describe('Unique id of the energy source.'),
  kind: s
    .enum(['electrical', 'mechanical', 'hydraulic', 'pneumatic', 'thermal', 'chemical', 'gravitational'])
    .describe('The kind of energy.'),
  magnitude: optional(
    s.anyQuantity().describe('Its magnitude (e.g. "480 V", "700 kPa"), for the energy control procedure.'),
  ),
  isolatedWhen: condition.describe(
    'The source is isolated while this holds (a disconnect open and locked, a valve closed).',
  ),
  releasedWhen: optional(
    condition.describe('Stored energy is released while this holds (pressure bled, ram blocked).'),
  ),
}).describe('An energy source: live, isolated or released.')

/** A rule that changes state when a condition becomes true. */
export const rule = object('Rule', {
  id: s.id('rule').describe('Unique id of the rule.'),
  when: condition.describe('The rule fires when this becomes true.'),
  set: s
    .array(
      object('Assignment', {
        state: s.ref('state').describe('The variable to set.'),
        to: optional(numberExpression.describe('New value of a numeric variable.')),
        flag: optional(
          condition.describe('New value of a boolean variable (evaluated when the rule fires).'),
        ),
        value: optional(s.string().describe('New value of an enum variable.')),
      }).describe(
        'Sets a variable: exactly one of to (number), flag (boolean) or value (enum), matching its type.',
      ),
      1,
    )
    .describe('What changes.'),
  once: optional(s.boolean().describe('Fire only the first time.')),
}).describe('A rule.')
