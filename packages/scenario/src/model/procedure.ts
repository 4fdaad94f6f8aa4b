import { object, optional, s, withDefault, type Ref, type Schema } from '../kit/index.ts'
import { textKey } from './common.ts'
import { condition } from './expressions.ts'

/** One step of the procedure. */
export const step = object('Step', {
  id: s.id('step').describe('Unique id of the step.'),
  title: textKey(),
  doneWhen: condition.describe('The step is done when this becomes true (and its preconditions hold).'),
  requires: optional(
    condition.describe('Preconditions: doing the step before they hold is a slip (or a critical error).'),
  ),
  critical: withDefault(s.boolean().describe('Skipping or failing this step fails the attempt.'), false),
  criticalError: optional(
    s
      .ref('criticalError')
      .describe(
        'The critical error recorded when this critical step is skipped or failed (required on a critical step).',
      ),
  ),
  timeLimit: optional(
    s.quantity('time', { min: 0 }).describe('Time allowed from when the step becomes available.'),
  ),
  hint: optional(textKey().describe('Shown in practice mode when the learner is stuck.')),
  points: withDefault(s.number({ min: 0 }).describe('Score points for doing the step.'), 1),
}).describe('A procedure step.')

/** Input of the ordering of steps (recursive). */
export type FlowInput =
  | Ref<'step'>
  | { sequence: FlowInput[] }
  | { anyOrder: FlowInput[] }
  | { oneOf: FlowInput[] }
  | { parallel: FlowInput[] }
/** Validated ordering of steps. */
export type Flow =
  string | { sequence: Flow[] } | { anyOrder: Flow[] } | { oneOf: Flow[] } | { parallel: Flow[] }

/** How steps are ordered: a step id, or a group. */
export const flow: Schema<FlowInput, Flow> = s.lazy<FlowInput, Flow>('Flow', () =>
  s
    .keyed(
      'Flow',
      {
        sequence: s.array(flow, 1).describe('In this order.'),
        anyOrder: s.array(flow, 1).describe('All of them, in any order.'),
        oneOf: s.array(flow, 2).describe('Alternatives: exactly one of them.'),
        parallel: s.array(flow, 1).describe('All of them, possibly at the same time (several people).'),
      },
      s.ref('step').describe('A step id.'),
    )
    .describe('The order of steps: a step id, or sequence / anyOrder / oneOf / parallel of flows.'),
)

/** The procedure: its steps and their order. */
export const procedure = object('Procedure', {
  steps: s.array(step, 1).describe('Every step, each declared once.'),
  flow: flow.describe('Their order; every step must appear exactly once.'),
}).describe('The procedure the learner performs.')
