import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import type { Sim } from '@practicum/sim'
import {
  connectRuntimeStore,
  createRuntimeStore,
  InWorldPanel,
  panelFontSizes,
  parseTextSize,
  stepTextSize,
  textScale,
  type TextSize,
} from '@practicum/xr'
import { pressSim } from './support/press-sim.ts'
import { atlasFontFamilies, panelText } from './support/panel-texts.ts'

const fonts = atlasFontFamilies()
let sim: Sim | undefined

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})

afterEach(() => {
  sim?.dispose()
  sim = undefined
})

describe('text size', () => {
  it('scales every font size of the panel', async () => {
    sim = await pressSim()
    const store = createRuntimeStore()
    connectRuntimeStore(store, sim)
    sim.step()
    const renderer = await ReactThreeTestRenderer.create(
      <InWorldPanel fontFamilies={fonts} sim={sim} store={store} textSize="small" />,
    )
    const root = renderer.scene.instance
    const sizes = () => ({
      title: panelText(root, 'Lock out a press').fontSize,
      hazard: panelText(root, 'Hazard: Moving ram').fontSize,
      timer: panelText(root, 'Time 0:00').fontSize,
      checklist: panelText(root, 'Close the air valve').fontSize,
    })
    const small = sizes()
    expect(small.title).toBeCloseTo(panelFontSizes.title * textScale('small'), 6)
    await renderer.update(<InWorldPanel fontFamilies={fonts} sim={sim} store={store} textSize="x-large" />)
    const large = sizes()
    expect(large.title).toBeCloseTo(panelFontSizes.title * textScale('x-large'), 6)
    for (const key of ['title', 'hazard', 'timer', 'checklist'] as const)
      expect(large[key] / small[key], key).toBeCloseTo(textScale('x-large') / textScale('small'), 6)
    expect(large.hazard).toBeGreaterThan(small.hazard * 1.5)
    await renderer.unmount()
  })

  it('offers smaller and larger text, stopping at the ends', async () => {
    sim = await pressSim()
    const store = createRuntimeStore()
    connectRuntimeStore(store, sim)
    const asked: TextSize[] = []
    const renderer = await ReactThreeTestRenderer.create(
      <InWorldPanel
        fontFamilies={fonts}
        sim={sim}
        store={store}
        textSize="medium"
        onTextSizeChange={(size) => asked.push(size)}
      />,
    )
    const buttons = renderer.scene.findAll((node) => typeof node.props['onClick'] === 'function')
    // hint, finish, smaller, larger
    expect(buttons).toHaveLength(4)
    await renderer.fireEvent(buttons[2]!, 'click', { stopPropagation: () => {} })
    await renderer.fireEvent(buttons[3]!, 'click', { stopPropagation: () => {} })
    expect(asked).toEqual(['small', 'large'])
    expect(stepTextSize('small', -1)).toBe('small')
    expect(stepTextSize('x-large', 1)).toBe('x-large')
    expect(parseTextSize('large')).toBe('large')
    expect(parseTextSize('huge')).toBe('medium')
    expect(parseTextSize(null)).toBe('medium')
    await renderer.unmount()
  })
})
