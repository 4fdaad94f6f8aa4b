import { object, optional, s } from '../kit/index.ts'
import { textKey } from './common.ts'
import { condition, numberExpression } from './expressions.ts'

/** When a drawn fault shows itself. */
export const faultTrigger = s
  .keyed('FaultTrigger', {
    atStart: s.boolean().describe('From the start (a damaged harness, a second feed left live).'),
    after: s.quantity('time', { min: 0 }).describe('After this time from the start.'),
    when: condition.describe('When this becomes true (a leak when a valve is opened).'),
  })
  .describe('When the fault shows itself.')

/** What a fault does. */
export const faultEffect = s
  .keyed('FaultEffect', {
    set: object('FaultAssignment', {
      state: s.ref('state').describe('The variable to set.'),
      to: optional(numberExpression.describe('New value of a numeric variable.')),
      flag: optional(condition.describe('New value of a boolean variable.')),
      value: optional(s.string().describe('New value of an enum variable.')),
    }).describe('Sets a variable: exactly one of to, flag or value.'),
    energize: s
      .ref('energy')
      .describe(
        'The energy source stays or becomes live whatever its isolation (stored energy that remains).',
      ),
    defect: object('FaultDefect', {
      object: s.ref('object').describe('The object with the defect.'),
      description: textKey().describe('What an inspection reveals.'),
    }).describe('Gives an object a visible defect.'),
  })
  .describe('One effect of a fault.')

/** A fault injected into some cases of the scenario. */
export const fault = object('Fault', {
  id: s.id('fault').describe('Unique id of the fault.'),
  description: textKey(),
  chance: s
    .quantity('dimensionless', { min: 0, max: 1 })
    .describe('Probability, drawn once at start from the seed into the case record (e.g. "30 %" or 0.3).'),
  group: optional(s.string().describe('Faults of one group are exclusive: at most one of them is drawn.')),
  trigger: faultTrigger,
  effects: s.array(faultEffect, 1).describe('What the fault does.'),
}).describe('A fault: drawn from the seed at start, so one scenario trains many cases.')

/** How random cases are drawn. */
export const randomness = object('Randomness', {
  draws: optional(
    s
      .array(
        object('Draw', {
          state: s.ref('state').describe('The numeric state variable that receives the drawn value.'),
          min: s.anyQuantity().describe('Lowest value.'),
          max: s.anyQuantity().describe('Highest value.'),
        }).describe(
          'A value drawn uniformly at start into the case record (e.g. an initial gas concentration).',
        ),
      )
      .describe('Values drawn at start.'),
  ),
}).describe('Seeded randomness: everything random is drawn once, at start, into the case record.')
