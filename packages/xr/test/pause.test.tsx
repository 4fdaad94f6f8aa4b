import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { useState } from 'react'
import type { Sim } from '@practicum/sim'
import {
  connectRuntimeStore,
  createRuntimeStore,
  InWorldPanel,
  ScenarioScene,
  type RuntimeStore,
} from '@practicum/xr'
import { pressSim } from './support/press-sim.ts'
import { atlasFontFamilies, panelTexts } from './support/panel-texts.ts'

const frame = 1 / 60
const fonts = atlasFontFamilies()
let sim: Sim | undefined

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})

afterEach(() => {
  sim?.dispose()
  sim = undefined
})

/** What an app does: one paused flag for the scene's steps and the panel's button. */
function PausablePlayer({ sim, store }: { sim: Sim; store: RuntimeStore }) {
  const [paused, setPaused] = useState(false)
  return (
    <>
      <ScenarioScene sim={sim} paused={paused} />
      <InWorldPanel fontFamilies={fonts} sim={sim} store={store} paused={paused} onPausedChange={setPaused} />
    </>
  )
}

describe('pause', () => {
  it("the panel's pause button stops the core's steps and its timer; resume goes on", async () => {
    sim = await pressSim()
    const store = createRuntimeStore()
    connectRuntimeStore(store, sim)
    const renderer = await ReactThreeTestRenderer.create(<PausablePlayer sim={sim} store={store} />)
    const texts = () => panelTexts(renderer.scene.instance).map((text) => text.text)
    const pauseButton = () => {
      const buttons = renderer.scene.findAll((node) => typeof node.props['onClick'] === 'function')
      return buttons.at(-1)! // hint, finish, pause
    }
    await renderer.advanceFrames(90, frame)
    const running = sim.stepIndex
    expect(running).toBeGreaterThanOrEqual(134)
    expect(texts()).toContain('Pause')

    await renderer.fireEvent(pauseButton(), 'click', { stopPropagation: () => {} })
    expect(texts()).toContain('Resume')
    const pausedAt = sim.stepIndex
    const timer = texts().find((text) => text.startsWith('Time'))
    await renderer.advanceFrames(120, frame)
    expect(sim.stepIndex).toBe(pausedAt)
    expect(texts().find((text) => text.startsWith('Time'))).toBe(timer)

    await renderer.fireEvent(pauseButton(), 'click', { stopPropagation: () => {} })
    expect(texts()).toContain('Pause')
    await renderer.advanceFrames(120, frame)
    expect(sim.stepIndex - pausedAt).toBeGreaterThanOrEqual(179)
    expect(texts().find((text) => text.startsWith('Time'))).not.toBe(timer)
    await renderer.unmount()
  })
})
