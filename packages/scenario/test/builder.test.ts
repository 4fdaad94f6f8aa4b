import { describe, expect, it } from 'vitest'
import {
  setup,
  validateScenario,
  type Scenario,
  type ScenarioInput,
  type TypedScenarioInput,
} from '@practicum/scenario'
import { everyNode, everyNodeSetup } from './support/every-node.builder.ts'
import { fixtureText, validateText } from './support/fixtures.ts'

describe('the TypeScript builder', () => {
  it('gives the same validated scenario as the YAML of the every-node fixture', () => {
    const fromYaml = validateText(fixtureText('valid', 'every-node.yaml'))
    const fromBuilder = validateScenario(everyNode)
    expect(fromBuilder.problems).toEqual([])
    expect(fromYaml.ok && fromBuilder.ok).toBe(true)
    if (fromYaml.ok && fromBuilder.ok) expect(fromBuilder.scenario).toStrictEqual(fromYaml.scenario)
  })

  it('keeps the declared names at run time', () => {
    expect(everyNodeSetup.names.steps).toContain('verify')
  })

  it('reports builder problems with their path and no line', () => {
    const result = validateScenario({
      ...everyNode,
      objects: [{ ...everyNode.objects[0], parent: 'nowhere' }, ...everyNode.objects.slice(1)],
    })
    expect(result.ok).toBe(false)
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        file: '<builder>',
        line: 0,
        path: 'objects[0].parent',
        message: 'unknown object "nowhere"',
      }),
    )
  })
})

// Type tests: a reference to a name that was not declared does not compile.
// `pnpm typecheck` fails if any @ts-expect-error below stops being an error.
export const typeTestNames = setup({
  objects: ['press', 'lock'],
  zones: ['danger'],
  steps: ['isolate', 'verify'],
  hazards: ['ram'],
  parameters: ['fallHeight'],
  competencies: ['isolation'],
  states: ['powerOn'],
  texts: ['t.title'],
}).names
type Input = TypedScenarioInput<typeof typeTestNames>
type StepInput = Input['procedure']['steps'][number]
type HazardInput = Input['hazards'][number]
type EvidenceInput = Input['assessment']['evidence'][number]

export const typeTests: unknown[] = [
  { stepDone: 'isolate' } satisfies StepInput['doneWhen'],
  // @ts-expect-error: "isolte" is not a declared step
  { stepDone: 'isolte' } satisfies StepInput['doneWhen'],
  { inZone: { subject: 'learner', zone: 'danger' } } satisfies StepInput['doneWhen'],
  // @ts-expect-error: "forklift" is not a declared object
  { inZone: { subject: 'forklift', zone: 'danger' } } satisfies StepInput['doneWhen'],
  // @ts-expect-error: "dangr" is not a declared zone
  { inZone: { subject: 'press', zone: 'dangr' } } satisfies StepInput['doneWhen'],
  { gt: [{ param: 'fallHeight' }, '6 ft'] } satisfies StepInput['doneWhen'],
  // @ts-expect-error: "fallHight" is not a declared parameter
  { gt: [{ param: 'fallHight' }, '6 ft'] } satisfies StepInput['doneWhen'],
  { all: [{ not: { flag: 'powerOn' } }] } satisfies StepInput['doneWhen'],
  // @ts-expect-error: "power" is not a declared state, even deep inside all/not
  { all: [{ not: { flag: 'power' } }] } satisfies StepInput['doneWhen'],
  { competency: 'isolation', from: { hazard: 'ram' } } satisfies EvidenceInput,
  // @ts-expect-error: "ramm" is not a declared hazard
  { competency: 'isolation', from: { hazard: 'ramm' } } satisfies EvidenceInput,
  // @ts-expect-error: "lockout" is not a declared competency
  { competency: 'lockout', from: { step: 'verify' } } satisfies EvidenceInput,
  // @ts-expect-error: a hazard id must be declared too
  { id: 'crush' } satisfies Pick<HazardInput, 'id'>,
  // @ts-expect-error: the flow names steps
  { sequence: ['isolate', 'verfy'] } satisfies Input['procedure']['flow'],
  // @ts-expect-error: text keys are declared names as well
  't.titel' satisfies Input['title'],
  // What authors write: quantities with units or SI numbers; what validation gives: SI numbers.
  {
    height: '1.75 m',
    radius: 0.25,
    seatedOffset: '45 cm',
    start: { position: [0, 0, '2 m'] },
  } satisfies ScenarioInput['learner'],
  1.75 satisfies Scenario['learner']['height'],
  // @ts-expect-error: validated quantities are numbers, not strings
  '1.75 m' satisfies Scenario['learner']['height'],
  // @ts-expect-error: "exam" is not a mode
  ['exam'] satisfies ScenarioInput['modes'],
  // @ts-expect-error: a box has a size, not a radius
  { kind: 'box', radius: '1 m' } satisfies ScenarioInput['objects'][number]['shape'],
  // Defaults are filled in: the validated physics settings are always there.
  ((scenario: Scenario) => scenario.physics.timeStep satisfies number) satisfies (
    scenario: Scenario,
  ) => number,
]
