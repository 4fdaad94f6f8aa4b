import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { act } from 'react'
import { runBot, type Sim } from '@practicum/sim'
import { connectRuntimeStore, createRuntimeStore, InWorldPanel } from '@practicum/xr'
import { playgroundSim } from './support/playground-sim.ts'
import { atlasFontFamilies, panelTexts } from './support/panel-texts.ts'

const fonts = atlasFontFamilies()
let sim: Sim | undefined

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})

afterEach(() => {
  sim?.dispose()
  sim = undefined
})

describe('captions', () => {
  it("shows a caption on the panel while the core's sound plays", async () => {
    sim = await playgroundSim()
    const core = sim
    const store = createRuntimeStore()
    connectRuntimeStore(store, core)
    const renderer = await ReactThreeTestRenderer.create(
      <InWorldPanel fontFamilies={fonts} sim={core} store={store} />,
    )
    const texts = () => panelTexts(renderer.scene.instance).map((text) => text.text)
    act(() => core.step())
    expect(texts().filter((text) => text.startsWith('Sound:'))).toEqual([])
    // The learner triggers the horn switch: the core plays the horn, captioned "Thing".
    act(() => {
      runBot(core, [{ reach: { hand: 'left', to: 'horn' } }, { trigger: 'left' }], { settleSeconds: 0.5 })
    })
    expect(core.events()).toContainEqual(
      expect.objectContaining({ type: 'sound', id: 'hornSound', playing: true, caption: 'thing' }),
    )
    expect(texts().filter((text) => text.startsWith('Sound:'))).toEqual(['Sound: Thing'])
    await renderer.unmount()
  })
})
