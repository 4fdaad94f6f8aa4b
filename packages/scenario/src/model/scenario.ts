import { object, optional, s, withDefault, type InputOf, type OutputOf } from '../kit/index.ts'
import { textKey } from './common.ts'
import { assessment } from './assessment.ts'
import { climb } from './climbs.ts'
import { fallArrest } from './fall-arrest.ts'
import { fault, randomness } from './faults.ts'
import { hazard } from './hazards.ts'
import { interactable } from './interactables.ts'
import { interaction } from './interaction.ts'
import { parameter, ruleSet } from './parameters.ts'
import { learnerBody, person, sound } from './people.ts'
import { procedure } from './procedure.ts'
import { joint, physics, sceneObject, zone } from './scene.ts'
import { energySource, rule, stateVariable } from './state.ts'
import { locales, message } from './text.ts'

/** The schema version this library writes and reads (older files are migrated). */
export const currentSchemaVersion = 2

/** The root of the model: a whole scenario. */
export const scenarioSchema = object('Scenario', {
  schemaVersion: s
    .enum([currentSchemaVersion])
    .describe(
      `Version of the scenario language; this library reads ${currentSchemaVersion} and migrates older files.`,
    ),
  id: s
    .string({ regex: '^[a-z][a-z0-9-]*$', explain: 'a kebab-case id' })
    .describe('Unique id of the scenario (kebab-case); part of xAPI activity ids.'),
  title: textKey(),
  summary: optional(textKey().describe('One paragraph shown before the start.')),
  ruleSet: ruleSet.describe('The regulation or standard followed.'),
  modes: s
    .array(s.enum(['practice', 'assessment']), 1)
    .describe('Modes offered: practice (hints shown) and assessment (no hints).'),
  locales: locales.describe('Languages and fallback.'),
  parameters: withDefault(
    s.array(parameter).describe('Safety numbers with unit, range and source; overridable at launch.'),
    [],
  ),
  physics: withDefault(physics.describe('Physics world settings.'), {
    gravity: 9.80665,
    timeStep: 1 / 90,
    solverIterations: 8,
  }),
  learner: learnerBody.describe("The learner's body."),
  interaction: optional(
    interaction.describe(
      'Reach (10 cm), attach tolerance (3 cm) and distance-grab range (3 m) when left out; set only what differs.',
    ),
  ),
  fallArrest: optional(
    fallArrest.describe(
      "Falls as physics (a dynamic body on rope joints to the connected anchorages); when left out, a fall is the character controller's drop.",
    ),
  ),
  objects: s.array(sceneObject, 1).describe('The objects of the scene.'),
  joints: withDefault(s.array(joint).describe('Joints between objects.'), []),
  zones: withDefault(s.array(zone).describe('Sensor zones.'), []),
  climbs: withDefault(
    s
      .array(climb)
      .describe(
        'Ways between levels (ladders); once any is declared, a teleport to another level goes only through one.',
      ),
    [],
  ),
  interactables: withDefault(s.array(interactable).describe('What the learner can act on.'), []),
  state: withDefault(s.array(stateVariable).describe('Named state variables.'), []),
  energy: withDefault(s.array(energySource).describe('Energy sources and their states.'), []),
  rules: withDefault(s.array(rule).describe('Rules that change state.'), []),
  people: withDefault(s.array(person).describe('Other people, as scripted agents.'), []),
  sounds: withDefault(s.array(sound).describe('Sounds, each with a caption.'), []),
  hazards: s.array(hazard).describe('The hazards of the task.'),
  procedure: procedure.describe('The steps and their order.'),
  faults: withDefault(s.array(fault).describe('Faults drawn per case.'), []),
  randomness: optional(randomness.describe('Values drawn per case.')),
  assessment: assessment.describe('How attempts are assessed.'),
  messages: s.array(message, 1).describe('Every learner-visible text, keyed, in every declared locale.'),
}).describe('A Practicum scenario: a hazardous task written once, run headless, on desktop and in VR.')

/** What an author writes (YAML or the builder), before validation. */
export type ScenarioInput = InputOf<typeof scenarioSchema>
/** A validated scenario: plain JSON, quantities in SI, defaults filled in. */
export type Scenario = OutputOf<typeof scenarioSchema>
