import RAPIER from '@dimforge/rapier3d-compat'
import { expect, it } from 'vitest'
import { formatProblem, validateScenario } from '@practicum/scenario'
import { createSim, type SimEvent } from '@practicum/sim'

// Two buttons, two alternatives (`oneOf`): stay and work, or leave. Each step gives evidence of one
// competency. An attempt that takes one alternative well shows the competency; the step of the
// alternative it did not take is no evidence either way. (It counted as missed: the confined-space
// expert that rightly evacuated got its entry-controls competency failed, and a chemical-spill
// emergency response would have got its clean-up competency failed.)
const button = (id: string, x: string) => ({
  id,
  name: id,
  transform: { position: [x, '1 m', '0.5 m'] },
  shape: { kind: 'box', size: ['5 cm', '5 cm', '5 cm'] },
  body: { type: 'fixed' },
})

const scenario = {
  schemaVersion: 2,
  id: 'alternatives',
  title: 'title',
  ruleSet: { id: 'test', title: 'test' },
  modes: ['assessment'],
  locales: { default: 'en', available: ['en'] },
  learner: { height: '1.7 m', radius: '0.25 m', seatedOffset: '0.45 m', start: { position: [0, 0, '1 m'] } },
  objects: [
    {
      id: 'floor',
      name: 'floor',
      transform: { position: [0, '-0.05 m', 0] },
      shape: { kind: 'box', size: ['6 m', '0.1 m', '6 m'] },
      body: { type: 'fixed' },
    },
    button('workButton', '-0.3 m'),
    button('leaveButton', '0.3 m'),
  ],
  interactables: [
    { kind: 'usable', id: 'work', object: 'workButton', action: 'work', sets: 'working' },
    { kind: 'usable', id: 'leave', object: 'leaveButton', action: 'leave', sets: 'leaving' },
  ],
  state: [
    { type: 'boolean', id: 'working', initial: false },
    { type: 'boolean', id: 'leaving', initial: false },
  ],
  hazards: [],
  procedure: {
    steps: [
      { id: 'stay', title: 'stay', doneWhen: { flag: 'working' } },
      { id: 'go', title: 'go', doneWhen: { flag: 'leaving' } },
    ],
    flow: { oneOf: ['stay', 'go'] },
  },
  assessment: {
    competencies: [{ id: 'judgement', name: 'judgement' }],
    evidence: [
      { competency: 'judgement', from: { step: 'stay' } },
      { competency: 'judgement', from: { step: 'go' } },
    ],
    masteryThreshold: '80 %',
  },
  messages: ['title', 'floor', 'workButton', 'leaveButton', 'work', 'leave', 'stay', 'go', 'judgement'].map(
    (key) => ({ key, text: { en: key } }),
  ),
}

it('leaves the steps of an alternative not taken out of the competencies', async () => {
  await RAPIER.init()
  const result = validateScenario(scenario)
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'))
  const sim = createSim({ rapier: RAPIER, scenario: result.scenario, seed: 1, mode: 'assessment' })
  const events: SimEvent[] = []
  sim.subscribe((event) => events.push(event))
  sim.dispatch({
    type: 'hand',
    hand: 'right',
    position: { x: 0.3, y: 1, z: 0.5 },
    rotation: { x: 0, y: 0, z: 0, w: 1 },
  })
  sim.step()
  sim.dispatch({ type: 'trigger', hand: 'right', pressed: true })
  for (let i = 0; i < 3 && !sim.ended; i++) sim.step()
  const end = events.find((event) => event.type === 'attempt-ended')
  expect(end).toMatchObject({
    outcome: 'passed',
    score: 1,
    points: 1,
    maxPoints: 1,
    competencies: [
      {
        id: 'judgement',
        score: 1,
        success: true,
        evidence: [{ kind: 'step', id: 'go', shown: true, weight: 1 }],
      },
    ],
  })
  sim.dispose()
})
