import { object, optional, s, withDefault } from '../kit/index.ts'

/**
 * Hands on the ladder: what a climb asks of the learner's hands, and what a hand that holds
 * something means (the core refuses the climb, or lets it go ahead and records it).
 */
export const handsFree = object('HandsFree', {
  hands: withDefault(
    s
      .enum([1, 2])
      .describe(
        'How many hands must hold nothing: 2 keeps three points of contact (both hands on the ladder); 1 is the least a ladder rule allows (one hand grasps it).',
      ),
    2,
  ),
  source: s
    .string()
    .describe('The rule followed, cited (e.g. "OSHA 29 CFR 1926.1053(b)(21)-(22); ANSI A14").'),
  record: optional(
    s
      .ref('state')
      .describe(
        'A boolean state variable: a climb with a hand too many full goes ahead and sets it true (for a rule, a step or a critical error to judge). When left out, the core refuses such a climb.',
      ),
  ),
}).describe('Hands free on a climb (three points of contact).')

/**
 * A way between two levels (a ladder to a scaffold deck, down into a vault): the learner standing in
 * one end zone may teleport to a place in the other. Once a scenario declares climbs, a teleport
 * that changes level any other way is refused.
 */
export const climb = object('Climb', {
  id: s.id('climb').describe('Unique id of the climb.'),
  object: s.ref('object').describe('What is climbed: a ladder, a stair, a scaffold frame.'),
  between: s
    .tuple(s.ref('zone'), s.ref('zone'))
    .describe('The zones at its two ends: from a place in one, the learner climbs to a place in the other.'),
  handsFree: optional(handsFree),
}).describe('A climb between two levels.')
