// The instruction shown follows the branch the learner is on: an alternative left open (the fire
// extinguisher's `evacuate`, started with `takeExtinguisher` by a oneOf) used to stay first among the
// active steps, so the page and the in-world panel said "The fire is too big: evacuate" all through
// pull, aim, squeeze and sweep.
import { afterEach, expect, it } from 'vitest'
import type { Sim, SimEvent } from '@practicum/sim'
import {
  connectRuntimeStore,
  createDesktopRig,
  createRuntimeStore,
  initialRuntimeState,
  reduceRuntimeState,
} from '@practicum/xr'
import { fireSim } from './support/fire-sim.ts'

let sim: Sim | undefined

afterEach(() => {
  sim?.dispose()
  sim = undefined
})

it('shows the step that follows the one just done before an alternative still open', () => {
  const events: SimEvent[] = [
    { step: 1, type: 'step-started', id: 'alarm' },
    { step: 5, type: 'step-completed', id: 'alarm', inOrder: true, points: 1 },
    { step: 6, type: 'step-started', id: 'take' },
    { step: 6, type: 'step-started', id: 'evacuate' },
    { step: 9, type: 'step-completed', id: 'take', inOrder: true, points: 1 },
    { step: 10, type: 'step-started', id: 'pullPin' },
    { step: 12, type: 'step-completed', id: 'pullPin', inOrder: true, points: 1 },
    { step: 13, type: 'step-started', id: 'discharge' },
  ]
  const states = [initialRuntimeState]
  for (const event of events) states.push(reduceRuntimeState(states.at(-1)!, event))
  expect(states.map((state) => state.currentStep)).toEqual([
    undefined,
    'alarm',
    undefined,
    'take',
    'take',
    'evacuate',
    'pullPin',
    'evacuate',
    'discharge',
  ])
  expect(states.at(-1)!.activeSteps).toEqual(['discharge', 'evacuate'])
  expect(states.at(-1)!.startedAt).toEqual({ discharge: 13, evacuate: 6 })
})

it('asks the fire-extinguisher learner to pull the pin once the extinguisher is taken, not to evacuate', async () => {
  const core = (sim = await fireSim(1))
  const store = createRuntimeStore()
  connectRuntimeStore(store, core)
  const rig = createDesktopRig(core)
  const frames = (count: number) => {
    for (let i = 0; i < count; i++) {
      rig.update(core.dt)
      core.step()
    }
  }
  rig.reach('callPoint')
  frames(2)
  rig.press('trigger', true)
  frames(2)
  rig.press('trigger', false)
  frames(2)
  expect(store.getState().activeSteps).toEqual(['takeExtinguisher', 'evacuate'])
  expect(store.getState().currentStep).toBe('takeExtinguisher')
  rig.reach('waterExtinguisher')
  frames(2)
  rig.press('grip', true)
  frames(4)
  expect(core.events()).toContainEqual(
    expect.objectContaining({ type: 'step-completed', id: 'takeExtinguisher' }),
  )
  expect(store.getState().currentStep).toBe('pullPin')
  expect(store.getState().activeSteps).toEqual(['pullPin', 'evacuate'])
})

it('shows no instruction once the attempt has ended, not the alternative left open', () => {
  // The chemical-spill expert cleans up a small spill: "Emergency: call the emergency response
  // team" (raiseEmergency, started with decide by a oneOf) stayed the instruction after "passed".
  const events: SimEvent[] = [
    { step: 1, type: 'step-started', id: 'decide' },
    { step: 1, type: 'step-started', id: 'raiseEmergency' },
    { step: 5, type: 'step-completed', id: 'decide', inOrder: true, points: 1 },
    { step: 6, type: 'step-started', id: 'report' },
    { step: 9, type: 'step-completed', id: 'report', inOrder: true, points: 1 },
  ]
  let state = initialRuntimeState
  for (const event of events) state = reduceRuntimeState(state, event)
  expect(state.currentStep).toBe('raiseEmergency')
  const ended = reduceRuntimeState(state, {
    step: 9,
    type: 'attempt-ended',
    outcome: 'passed',
    score: 1,
    points: 2,
    maxPoints: 2,
    criticalErrors: [],
    competencies: [],
    feedback: [],
    reason: 'procedure-complete',
  })
  expect(ended).toMatchObject({ currentStep: undefined, activeSteps: [], ended: true, outcome: 'passed' })
})
