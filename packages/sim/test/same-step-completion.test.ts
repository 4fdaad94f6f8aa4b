import RAPIER from '@dimforge/rapier3d-compat'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatProblem, validateScenario } from '@practicum/scenario'
import { createSim, type SimEvent } from '@practicum/sim'

// One action can finish two steps in a row at the same core step: leaving a confined space by
// climbing straight into the attendant post completes "evacuate" and then "take the post". The
// second becomes available when the first completes, and is done in order, however the scenario
// lists them (it was scored out of order when listed before the first, or after it).
const scenario = (listed: readonly string[]) => ({
  schemaVersion: 2,
  id: 'same-step',
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
    {
      id: 'button',
      name: 'button',
      transform: { position: ['0.3 m', '1 m', '0.5 m'] },
      shape: { kind: 'box', size: ['5 cm', '5 cm', '5 cm'] },
      body: { type: 'fixed' },
    },
  ],
  interactables: [{ kind: 'usable', id: 'press', object: 'button', action: 'press', sets: 'pressed' }],
  state: [{ type: 'boolean', id: 'pressed', initial: false }],
  hazards: [],
  procedure: {
    steps: listed.map((id) => ({ id, title: id, doneWhen: { flag: 'pressed' } })),
    flow: { sequence: ['out', 'post'] },
  },
  assessment: {
    competencies: [{ id: 'c', name: 'c' }],
    evidence: [{ competency: 'c', from: { step: 'post' } }],
    masteryThreshold: '80 %',
  },
  messages: ['title', 'floor', 'button', 'press', 'out', 'post', 'c'].map((key) => ({
    key,
    text: { en: key },
  })),
})

beforeAll(async () => {
  await RAPIER.init()
})

describe('two steps done by one action', () => {
  it.each([
    ['in flow order', ['out', 'post']],
    ['the second listed first', ['post', 'out']],
  ])('are both in order when listed %s', (_, listed) => {
    const result = validateScenario(scenario(listed))
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
    const completed = events.filter((event) => event.type === 'step-completed')
    expect(completed).toEqual([
      expect.objectContaining({ id: 'out', inOrder: true, points: 1 }),
      expect.objectContaining({ id: 'post', inOrder: true, points: 1 }),
    ])
    // Started before it completed, at the same step.
    const post = events.findIndex((event) => event.type === 'step-started' && event.id === 'post')
    expect(post).toBeGreaterThan(
      events.findIndex((event) => event.type === 'step-completed' && event.id === 'out'),
    )
    expect(post).toBeLessThan(
      events.findIndex((event) => event.type === 'step-completed' && event.id === 'post'),
    )
    expect(events.find((event) => event.type === 'attempt-ended')).toMatchObject({
      outcome: 'passed',
      score: 1,
    })
    sim.dispose()
  })
})
