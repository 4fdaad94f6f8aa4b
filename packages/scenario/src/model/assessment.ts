import { object, optional, s, withDefault } from '../kit/index.ts'
import { textKey } from './common.ts'
import { condition } from './expressions.ts'

/** A competency assessed by the scenario. */
export const competency = object('Competency', {
  id: s.id('competency').describe('Unique id of the competency.'),
  name: textKey(),
  framework: optional(
    s
      .string({ regex: '^[a-z][a-z0-9+.-]*:.+$', explain: 'an absolute URI' })
      .describe('URI of the competency in a framework (becomes the xAPI activity id).'),
  ),
}).describe('A competency.')

/** What gives evidence for a competency. */
export const evidence = object('Evidence', {
  competency: s.ref('competency').describe('The competency.'),
  from: s
    .keyed('EvidenceSource', {
      step: s.ref('step').describe('Doing this step correctly.'),
      hazard: s.ref('hazard').describe('Avoiding exposure to this hazard.'),
      criticalError: s.ref('criticalError').describe('Not committing this critical error.'),
    })
    .describe('What gives the evidence.'),
  weight: withDefault(s.number({ min: 0 }).describe('Relative weight in the competency score.'), 1),
}).describe('Evidence mapping: which step, hazard or critical error shows a competency.')

/** An error that fails the attempt whatever the score. */
export const criticalError = object('CriticalError', {
  id: s.id('criticalError').describe('Unique id of the critical error.'),
  message: textKey(),
  when: optional(
    condition.describe(
      'Committed when this becomes true (errors named by a hazard consequence or a critical step need none).',
    ),
  ),
}).describe('A critical error.')

/** Feedback at the end of an attempt. */
export const feedback = object('Feedback', {
  when: condition.describe('Shown when this holds at the end.'),
  message: textKey(),
}).describe('End-of-attempt feedback.')

/** How the attempt is assessed. */
export const assessment = object('Assessment', {
  competencies: s.array(competency, 1).describe('The competencies assessed.'),
  evidence: s
    .array(evidence)
    .describe('Which steps, hazards and critical errors give evidence for which competency.'),
  criticalErrors: withDefault(
    s.array(criticalError).describe('Errors that fail the attempt regardless of score.'),
    [],
  ),
  masteryThreshold: s
    .quantity('dimensionless', { min: 0, max: 1 })
    .describe('Share of points needed to pass (e.g. "80 %").'),
  hazardPenalty: withDefault(s.number({ min: 0 }).describe('Points lost per hazard exposure.'), 1),
  feedback: withDefault(s.array(feedback).describe('Feedback shown at the end.'), []),
}).describe('Assessment: competencies, evidence, score, mastery, critical errors, feedback.')
