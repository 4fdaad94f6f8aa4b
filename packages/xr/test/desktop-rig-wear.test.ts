import RAPIER from '@dimforge/rapier3d-compat'
import { afterEach, describe, expect, it } from 'vitest'
import { formatProblem, validateScenario } from '@practicum/scenario'
import { createSim, type Sim, type SimEvent } from '@practicum/sim'
import { createDesktopRig } from '@practicum/xr'

// A wearable item on a table in front of the learner: the desktop rig's face() and body() bring
// the hand where the core puts such items on (a head slot at the eyes; the body within 60 cm of
// its centre), and the resting hand does not.
interface Wearable {
  item: string
  size: [string, string, string]
  mass: string
  slot: 'eyes' | 'body'
  bring: 'face' | 'body'
}

const wearables: Wearable[] = [
  { item: 'goggles', size: ['16 cm', '6 cm', '8 cm'], mass: '0.1 kg', slot: 'eyes', bring: 'face' },
  { item: 'apron', size: ['20 cm', '6 cm', '16 cm'], mass: '0.3 kg', slot: 'body', bring: 'body' },
]

function scenarioWith({ item, size, mass, slot }: Wearable) {
  return {
    schemaVersion: 2,
    id: `${item}-on`,
    title: 'title',
    ruleSet: { id: 'test', title: 'test' },
    modes: ['practice'],
    locales: { default: 'en', available: ['en'] },
    learner: {
      height: '1.7 m',
      radius: '0.25 m',
      seatedOffset: '0.45 m',
      start: { position: [0, 0, '1 m'] },
    },
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
        id: item,
        name: item,
        transform: { position: [0, '0.84 m', 0] },
        shape: { kind: 'box', size },
        body: { type: 'dynamic', mass },
      },
    ],
    interactables: [{ kind: 'wearable', id: 'wearIt', object: item, slot }],
    hazards: [],
    procedure: { steps: [{ id: 'wear', title: 'wear', doneWhen: { worn: { item } } }], flow: 'wear' },
    assessment: {
      competencies: [{ id: 'ppe', name: 'wear' }],
      evidence: [{ competency: 'ppe', from: { step: 'wear' } }],
      masteryThreshold: '80 %',
    },
    messages: ['title', 'floor', 'table', item, 'wear'].map((key) => ({ key, text: { en: key } })),
  }
}

let sim: Sim | undefined
afterEach(() => {
  sim?.dispose()
  sim = undefined
})

/** Takes the item, brings the hand where `bring` says, lets go; returns the events. */
async function takeAndLetGo(wearable: Wearable, bring: 'face' | 'body' | 'rest'): Promise<SimEvent[]> {
  await RAPIER.init()
  const result = validateScenario(scenarioWith(wearable))
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'))
  const core = createSim({ rapier: RAPIER, scenario: result.scenario, seed: 1, mode: 'practice' })
  sim = core
  const events: SimEvent[] = []
  core.subscribe((event) => events.push(event))
  const rig = createDesktopRig(core)
  const run = (steps: number) => {
    for (let i = 0; i < steps; i++) {
      rig.update(core.dt)
      core.step()
    }
  }
  rig.reach(wearable.item)
  run(2)
  rig.press('grip', true)
  rig.press('grip', false)
  run(2)
  expect(events).toContainEqual(expect.objectContaining({ type: 'grabbed', object: wearable.item }))
  rig[bring]()
  run(90)
  rig.press('grip', true)
  rig.press('grip', false)
  run(2)
  return events
}

describe.each(wearables)('the desktop rig and $item', (wearable) => {
  it(`puts it on when the hand is brought to the ${wearable.bring} and lets go`, async () => {
    const events = await takeAndLetGo(wearable, wearable.bring)
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'worn', item: wearable.item, slot: wearable.slot }),
    )
  })

  it('does not put it on from where the hand rests', async () => {
    const events = await takeAndLetGo(wearable, 'rest')
    expect(events.some((event) => event.type === 'worn')).toBe(false)
    expect(events).toContainEqual(expect.objectContaining({ type: 'released', object: wearable.item }))
  })
})
