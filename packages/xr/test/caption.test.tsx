import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { runBot, type Sim } from '@practicum/sim'
import {
  AccessibleMirror,
  connectRuntimeStore,
  createDesktopRig,
  createRuntimeStore,
  InWorldPanel,
  runtimeText,
} from '@practicum/xr'
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

  it("logs the caption in the accessible mirror, in the learner's language", async () => {
    sim = await playgroundSim()
    const core = sim
    const store = createRuntimeStore()
    connectRuntimeStore(store, core)
    const container = document.createElement('div')
    document.body.append(container)
    const root = createRoot(container)
    act(() =>
      root.render(
        <AccessibleMirror
          sim={core}
          store={store}
          rig={createDesktopRig(core)}
          labels={runtimeText('fr').mirror}
        />,
      ),
    )
    const log = container.querySelector('[role="log"]')!
    expect(log.textContent).toBe('')
    act(() => {
      runBot(core, [{ reach: { hand: 'left', to: 'horn' } }, { trigger: 'left' }], { settleSeconds: 0.5 })
    })
    expect(log.textContent).toBe('Son : Thing')
    act(() => root.unmount())
    container.remove()
  })
})
