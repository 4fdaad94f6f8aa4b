import { afterEach, describe, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { StrictMode } from 'react'
import type { Sim, SimEvent } from '@practicum/sim'
import {
  ScenarioScene,
  connectRuntimeStore,
  createRuntimeStore,
  initialRuntimeState,
  reduceRuntimeState,
  useCurrentStep,
  useHazards,
  useRuntimeStore,
  useSimEvent,
} from '@practicum/xr'
import { pressSim } from './support/press-sim.ts'

let sim: Sim | undefined

afterEach(() => {
  sim?.dispose()
  sim = undefined
})

describe('reduceRuntimeState', () => {
  it('follows steps and hazards, and keeps the same state for events that change nothing', () => {
    const events: SimEvent[] = [
      { step: 1, type: 'step-started', id: 'a' },
      { step: 1, type: 'step-started', id: 'b' },
      { step: 1, type: 'hazard-live', id: 'h' },
      { step: 2, type: 'step-completed', id: 'a', inOrder: true, points: 1 },
      { step: 3, type: 'hazard-cleared', id: 'h' },
    ]
    const states = [initialRuntimeState]
    for (const event of events) states.push(reduceRuntimeState(states.at(-1)!, event))
    expect(states.map((state) => state.currentStep)).toEqual([undefined, 'a', 'a', 'a', 'b', 'b'])
    expect(states.map((state) => state.hazards)).toEqual([[], [], [], ['h'], ['h'], []])
    expect(states.at(-1)!.completedSteps).toEqual(['a'])
    const last = states.at(-1)!
    expect(reduceRuntimeState(last, { step: 4, type: 'hint', id: 'x', message: 'm' })).toBe(last)
    expect(reduceRuntimeState(last, { step: 4, type: 'hazard-cleared', id: 'h' })).toBe(last)
  })

  it('keeps a caption while its sound plays', () => {
    const playing = reduceRuntimeState(initialRuntimeState, {
      step: 1,
      type: 'sound',
      id: 'alarm',
      playing: true,
      caption: 'alarmCaption',
    })
    expect(playing.captions).toEqual([{ sound: 'alarm', caption: 'alarmCaption' }])
    expect(
      reduceRuntimeState(playing, {
        step: 2,
        type: 'sound',
        id: 'alarm',
        playing: true,
        caption: 'alarmCaption',
      }),
    ).toBe(playing)
    const stopped = reduceRuntimeState(playing, {
      step: 3,
      type: 'sound',
      id: 'alarm',
      playing: false,
      caption: 'alarmCaption',
    })
    expect(stopped.captions).toEqual([])
  })
})

describe('the runtime store', () => {
  it('is fed by the core, and catches up when connected late', async () => {
    sim = await pressSim()
    const store = createRuntimeStore()
    const disconnect = connectRuntimeStore(store, sim)
    sim.step()
    expect(store.getState().currentStep).toBe('shutDown')
    expect(store.getState().hazards).toEqual(['moving'])
    disconnect()

    const late = createRuntimeStore()
    connectRuntimeStore(late, sim)
    expect(late.getState()).toEqual(store.getState())
  })

  it('gives components the current step and hazards, once each, under StrictMode', async () => {
    sim = await pressSim()
    const core = sim
    const seen: { step: string | undefined; hazards: readonly string[] }[] = []
    const heard: string[] = []
    function Probe() {
      const store = useRuntimeStore(core)
      const step = useCurrentStep(store)
      const hazards = useHazards(store)
      useSimEvent(core, (event) => heard.push(event.type))
      seen.push({ step, hazards })
      return null
    }
    const renderer = await ReactThreeTestRenderer.create(
      <StrictMode>
        <Probe />
        <ScenarioScene sim={core} />
      </StrictMode>,
    )
    await renderer.advanceFrames(5, 1 / 60)
    expect(seen.at(-1)).toEqual({ step: 'shutDown', hazards: ['moving'] })
    expect(heard.filter((type) => type === 'attempt-started')).toHaveLength(1)
    await renderer.unmount()
  })
})
