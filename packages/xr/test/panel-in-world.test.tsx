import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { act, Profiler } from 'react'
import { createSim, type Sim } from '@practicum/sim'
import RAPIER from '@dimforge/rapier3d-compat'
import { connectRuntimeStore, createRuntimeStore, InWorldPanel, ScenarioScene } from '@practicum/xr'
import { pressScenario, pressSim } from './support/press-sim.ts'
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

function storeOf(core: Sim) {
  const store = createRuntimeStore()
  connectRuntimeStore(store, core)
  return store
}

/** The press scenario with a French text for every message ("FR " + the English). */
async function bilingualSim(mode: 'practice' | 'assessment' = 'practice'): Promise<Sim> {
  await RAPIER.init()
  const scenario = pressScenario()
  return createSim({
    rapier: RAPIER,
    seed: 1,
    mode,
    scenario: {
      ...scenario,
      locales: { default: 'en', available: ['en', 'fr'] },
      messages: scenario.messages.map((message) => ({
        ...message,
        text: { ...message.text, fr: `FR ${message.text['en']}` },
      })),
    },
  })
}

describe('InWorldPanel', () => {
  it('shows the instruction, live hazards in words, the checklist in practice, and the time from the core', async () => {
    sim = await pressSim()
    const store = storeOf(sim)
    sim.step()
    const renderer = await ReactThreeTestRenderer.create(
      <InWorldPanel fontFamilies={fonts} sim={sim} store={store} />,
    )
    const root = renderer.scene.instance
    const texts = () => panelTexts(root).map((text) => text.text)
    expect(texts()).toContain('Lock out a press')
    expect(texts()).toContain('Open the disconnect')
    expect(texts()).toContain('Hazard: Moving ram')
    expect(texts()).toContain('!')
    expect(texts()).toContain('Procedure 0/4')
    expect(texts()).toEqual(expect.arrayContaining(['Close the air valve', 'Enter the press to work']))
    expect(texts()).toContain('Time 0:00')
    const core = sim
    act(() => {
      for (let i = 0; i < 150; i++) core.step()
    }) // 151 steps of 1/150 s: just over one second
    await renderer.advanceFrames(1, frame)
    expect(texts()).toContain('Time 0:01')
    expect(texts()).not.toContain('Time 0:00')
    await renderer.unmount()
  })

  it('offers hint and finish in practice; finish ends the attempt through a core action', async () => {
    sim = await pressSim()
    const core = sim
    const store = storeOf(core)
    const renderer = await ReactThreeTestRenderer.create(
      <InWorldPanel fontFamilies={fonts} sim={core} store={store} />,
    )
    const texts = () => panelTexts(renderer.scene.instance).map((text) => text.text)
    expect(texts()).toEqual(expect.arrayContaining(['Hint', 'Finish']))
    const hint = renderer.scene.findAll((node) => typeof node.props['onClick'] === 'function')
    expect(hint.length).toBe(2)
    await renderer.fireEvent(hint[0]!, 'click', { stopPropagation: () => {} })
    act(() => {
      core.step()
      core.step()
    })
    expect(core.events()).toContainEqual(expect.objectContaining({ type: 'hint', id: 'shutDown' }))
    await renderer.advanceFrames(1, frame)
    expect(texts()).toContain('Hint: The disconnect is on the right of the press.')
    await renderer.fireEvent(hint[1]!, 'click', { stopPropagation: () => {} })
    act(() => core.step())
    expect(core.events()).toContainEqual(
      expect.objectContaining({ type: 'attempt-ended', reason: 'finished-by-learner' }),
    )
    await renderer.advanceFrames(1, frame)
    expect(texts()).toContain('Attempt failed')
    expect(core.recording().actions).not.toBe('')
    await renderer.unmount()
  })

  it('shows no checklist and no hint in assessment mode', async () => {
    sim = await bilingualSim('assessment')
    const store = storeOf(sim)
    sim.step()
    const renderer = await ReactThreeTestRenderer.create(
      <InWorldPanel fontFamilies={fonts} sim={sim} store={store} />,
    )
    const texts = panelTexts(renderer.scene.instance).map((text) => text.text)
    expect(texts).toContain('Open the disconnect')
    expect(texts.some((text) => text.startsWith('Procedure'))).toBe(false)
    expect(texts).not.toContain('Close the air valve')
    expect(texts).not.toContain('Hint')
    expect(texts).toContain('Finish')
    await renderer.unmount()
  })

  it("speaks the chosen language: the scenario's words and its own, and offers the scenario's locales", async () => {
    sim = await bilingualSim()
    const core = sim
    const store = storeOf(core)
    core.step()
    const chosen: string[] = []
    const renderer = await ReactThreeTestRenderer.create(
      <InWorldPanel
        fontFamilies={fonts}
        sim={core}
        store={store}
        locale="fr"
        onLocaleChange={(locale) => chosen.push(locale)}
      />,
    )
    const root = renderer.scene.instance
    const texts = () => panelTexts(root).map((text) => text.text)
    expect(texts()).toEqual(
      expect.arrayContaining([
        'FR Lock out a press',
        'À faire',
        'FR Open the disconnect',
        'Danger : FR Moving ram',
        'Procédure 0/4',
        'Temps 0:00',
        'Conseil',
        'Terminer',
        'English',
        'Français',
      ]),
    )
    expect(texts()).not.toContain('Open the disconnect')
    const buttons = renderer.scene.findAll((node) => typeof node.props['onClick'] === 'function')
    await renderer.fireEvent(buttons.at(-2)!, 'click', { stopPropagation: () => {} })
    expect(chosen).toEqual(['en'])
    await renderer.update(<InWorldPanel fontFamilies={fonts} sim={core} store={store} locale="en" />)
    expect(texts()).toEqual(expect.arrayContaining(['Lock out a press', 'Now', 'Time 0:00', 'Finish']))
    expect(texts()).not.toContain('English') // no language choice without onLocaleChange
    await renderer.unmount()
  })

  it('makes no React commit over 300 steady frames, the timer ticking', async () => {
    sim = await pressSim()
    const store = storeOf(sim)
    let commits = 0
    const renderer = await ReactThreeTestRenderer.create(
      <Profiler id="panel" onRender={() => commits++}>
        <ScenarioScene sim={sim} />
        <InWorldPanel fontFamilies={fonts} sim={sim} store={store} />
      </Profiler>,
    )
    await renderer.advanceFrames(10, frame)
    const before = commits
    await renderer.advanceFrames(300, frame)
    expect(sim.stepIndex).toBeGreaterThan(450)
    expect(panelTexts(renderer.scene.instance).map((text) => text.text)).toContain('Time 0:05')
    expect(commits - before).toBe(0)
    await renderer.unmount()
  })
})
