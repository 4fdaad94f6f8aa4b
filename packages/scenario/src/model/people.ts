import { object, optional, s } from '../kit/index.ts'
import { textKey, transform } from './common.ts'
import { condition } from './expressions.ts'

/** A scripted state change of a person. */
export const personTransition = object('PersonTransition', {
  from: optional(s.string().describe('Only from this state; from any state when left out.')),
  to: s.string().describe('The new state.'),
  when: condition.describe('The change happens when this becomes true.'),
  say: optional(textKey().describe('What the person says (spoken and captioned).')),
  moveTo: optional(s.ref('zone').describe('Where the person walks to.')),
}).describe('A scripted change of state.')

/** Another person in the scene, a scripted agent. */
export const person = object('Person', {
  id: s.id('person').describe('Unique id of the person.'),
  role: s.enum(['coWorker', 'attendant', 'entrant', 'supervisor']).describe('The role the person plays.'),
  name: textKey(),
  transform: transform.describe('Where the person starts.'),
  states: s
    .array(s.string(), 1)
    .describe('The states the person can be in (e.g. working, collapsed, clear).'),
  initial: s.string().describe('The state at the start (one of states).'),
  transitions: s.array(personTransition).describe('How the state changes.'),
}).describe('A scripted person: co-worker, attendant, entrant or supervisor.')

/** The learner's body as the simulation sees it. */
export const learnerBody = object('LearnerBody', {
  height: s.quantity('length', { min: 0.5, max: 2.5 }).describe('Standing eye height used for the capsule.'),
  radius: s.quantity('length', { min: 0.05, max: 1 }).describe('Radius of the body capsule.'),
  seatedOffset: s
    .quantity('length', { min: 0, max: 1.5 })
    .describe('Added to the head height when the learner plays seated.'),
  start: transform.describe('Where the learner starts.'),
}).describe('The learner: a capsule from the head pose down to the floor, for zones, line of fire and falls.')

/** A sound with a caption. */
export const sound = object('Sound', {
  id: s.id('sound').describe('Unique id of the sound.'),
  asset: s.asset('.ogg', '.mp3', '.wav').describe('The audio file, relative to the scenario file.'),
  caption: textKey().describe('Caption shown for deaf and hard-of-hearing learners.'),
  playWhen: condition.describe('Plays while this holds.'),
  at: optional(s.ref('object').describe('Where the sound comes from; everywhere when left out.')),
  loop: optional(s.boolean().describe('Loops while playing.')),
}).describe('A sound with a caption key.')
