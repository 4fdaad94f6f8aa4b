import RAPIER from '@dimforge/rapier3d-compat'
import { afterEach, expect, it } from 'vitest'
import { formatProblem, validateScenario } from '@practicum/scenario'
import { createSim, type Sim, type SimEvent } from '@practicum/sim'
import { createDesktopRig } from '@practicum/xr'

// An apron on a table in front of the learner: worn on the body (within 60 cm of the body's centre).
const scenario = {
  schemaVersion: 2,
  id: 'apron-on',
  title: 'title',
  ruleSet: { id: 'test', title: 'test' },
  modes: ['practice'],
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
      id: 'table',
      name: 'table',
      transform: { position: [0, '0.4 m', 0] },
      shape: { kind: 'box', size: ['0.6 m', '0.8 m', '0.6 m'] },
      body: { type: 'fixed' },
    },
    {
      id: 'apron',
      name: 'apron',
      transform: { position: [0, '0.84 m', 0] },
      shape: { kind: 'box', size: ['20 cm', '6 cm', '16 cm'] },
      body: { type: 'dynamic', mass: '0.3 kg' },
    },
  ],
  interactables: [{ kind: 'wearable', id: 'wearApron', object: 'apron', slot: 'body' }],
  hazards: [],
  procedure: {
    steps: [{ id: 'wear', title: 'wear', doneWhen: { worn: { item: 'apron' } } }],
    flow: 'wear',
  },
  assessment: {
    competencies: [{ id: 'ppe', name: 'wear' }],
    evidence: [{ competency: 'ppe', from: { step: 'wear' } }],
    masteryThreshold: '80 %',
  },
  messages: ['title', 'floor', 'table', 'apron', 'wear'].map((key) => ({ key, text: { en: key } })),
}

let sim: Sim | undefined
afterEach(() => {
  sim?.dispose()
  sim = undefined
})

async function apronSim(): Promise<Sim> {
  await RAPIER.init()
  const result = validateScenario(scenario)
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'))
  return createSim({ rapier: RAPIER, scenario: result.scenario, seed: 1, mode: 'practice' })
}

/** Takes the apron, brings the hand where `bring` says, lets go; returns the events. */
async function takeAndLetGo(bring: 'body' | 'rest'): Promise<SimEvent[]> {
  sim = await apronSim()
  const core = sim
  const events: SimEvent[] = []
  core.subscribe((event) => events.push(event))
  const rig = createDesktopRig(core)
  const run = (steps: number) => {
    for (let i = 0; i < steps; i++) {
      rig.update(core.dt)
      core.step()
    }
  }
  rig.reach('apron')
  run(2)
  rig.press('grip', true)
  rig.press('grip', false)
  run(2)
  expect(events).toContainEqual(expect.objectContaining({ type: 'grabbed', object: 'apron' }))
  rig[bring]()
  run(90)
  rig.press('grip', true)
  rig.press('grip', false)
  run(2)
  return events
}

it('puts an apron on when the hand is brought to the body and lets go', async () => {
  const events = await takeAndLetGo('body')
  expect(events).toContainEqual(expect.objectContaining({ type: 'worn', item: 'apron', slot: 'body' }))
})

it('does not put it on from where the hand rests', async () => {
  const events = await takeAndLetGo('rest')
  expect(events.some((event) => event.type === 'worn')).toBe(false)
  expect(events).toContainEqual(expect.objectContaining({ type: 'released', object: 'apron' }))
})
