import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { act, StrictMode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import type { Sim, SimEvent } from '@practicum/sim'
import {
  AccessibleMirror,
  connectRuntimeStore,
  createDesktopRig,
  createRuntimeStore,
  runtimeText,
} from '@practicum/xr'
import { pressSim } from './support/press-sim.ts'

let sim: Sim | undefined
let root: Root | undefined

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})

afterEach(() => {
  act(() => root?.unmount())
  document.body.innerHTML = ''
  sim?.dispose()
  sim = undefined
})

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === name)
  if (!found) throw new Error(`no button "${name}"`)
  return found
}

describe('AccessibleMirror', () => {
  it('announces the instruction and live hazards, and lets the keyboard reach and grip', async () => {
    sim = await pressSim()
    const core = sim
    const events: SimEvent[] = []
    core.subscribe((event) => events.push(event))
    const store = createRuntimeStore()
    connectRuntimeStore(store, core)
    const rig = createDesktopRig(core)
    const container = document.createElement('div')
    document.body.append(container)
    root = createRoot(container)
    act(() =>
      root!.render(
        <StrictMode>
          <AccessibleMirror sim={core} store={store} rig={rig} />
        </StrictMode>,
      ),
    )
    act(() => core.step())
    const status = document.querySelector('[aria-live="polite"]')!
    expect(status.getAttribute('role')).toBe('status')
    expect(status.textContent).toBe('Open the disconnect. Hazard: Moving ram')
    expect(document.querySelector('ul')!.getAttribute('aria-label')).toBe('Things you can act on')

    // The dropped ball shares the padlock's name: the interactable comes first, both are numbered.
    expect(button('Reach for Padlock 2')).toBeDefined()
    const reach = button('Reach for Padlock 1')
    reach.focus()
    expect(document.activeElement).toBe(reach)
    act(() => reach.click())
    rig.update(core.dt)
    core.step()
    act(() => button('Grip').click())
    expect(button('Grip').getAttribute('aria-pressed')).toBe('true')
    rig.update(core.dt)
    core.step()
    expect(events).toContainEqual(expect.objectContaining({ type: 'grabbed', object: 'lock' }))
    // Pressed elsewhere (G, T, the mouse, a touch), the mirror's buttons show it too.
    act(() => rig.press('grip', true))
    expect(button('Grip').getAttribute('aria-pressed')).toBe('false')
    act(() => rig.press('trigger', true))
    expect(button('Trigger').getAttribute('aria-pressed')).toBe('true')
  })

  it('tells the learner, in their language, each time the core refuses what they did, until an action goes', async () => {
    sim = await pressSim()
    const core = sim
    const store = createRuntimeStore()
    connectRuntimeStore(store, core)
    const rig = createDesktopRig(core)
    const container = document.createElement('div')
    document.body.append(container)
    root = createRoot(container)
    const french = runtimeText('fr').mirror
    act(() =>
      root!.render(<AccessibleMirror sim={core} store={store} rig={rig} locale="fr" labels={french} />),
    )
    const said = () => document.querySelector('[data-testid="refusal"]')!
    expect(said().getAttribute('aria-live')).toBe('assertive')
    // The hand at rest holds nothing: a grip there is refused.
    act(() => {
      rig.press('grip', true)
      rig.update(core.dt)
      core.step()
    })
    expect(said().textContent).toBe('Rien à portée de main : atteignez d’abord un objet.')
    const first = said().firstElementChild
    act(() => {
      rig.press('grip', true)
      rig.update(core.dt)
      core.step()
      rig.press('grip', true)
      rig.update(core.dt)
      core.step()
    })
    // Refused again: a new line, so a screen reader says it again.
    expect(said().firstElementChild).not.toBe(first)
    // The fixture names things in English only; the mirror's own words are French.
    act(() => button('Atteindre : Padlock 1').click())
    act(() => {
      rig.update(core.dt)
      core.step()
      // G toggles: the refused grip is still down; up, then down on the padlock.
      if (rig.grip) rig.press('grip', true)
      rig.update(core.dt)
      core.step()
      rig.press('grip', true)
      rig.update(core.dt)
      core.step()
    })
    expect(core.context.hands.right.hold?.object).toBe('lock')
    expect(said().textContent).toBe('')
  })

  it('is one Tab stop for all the things, moved through by the arrows, Home and End', async () => {
    sim = await pressSim()
    const core = sim
    const store = createRuntimeStore()
    const rig = createDesktopRig(core)
    const container = document.createElement('div')
    document.body.append(container)
    root = createRoot(container)
    act(() => root!.render(<AccessibleMirror sim={core} store={store} rig={rig} />))
    const list = document.querySelector('ul[aria-label="Things you can act on"]')!
    const items = [...list.querySelectorAll('button')]
    const stops = () => items.filter((item) => item.tabIndex === 0)
    expect(items.length).toBeGreaterThan(4)
    expect(stops()).toEqual([items[0]])
    const key = (name: string) =>
      act(() => {
        document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }))
      })
    act(() => items[0]!.focus())
    key('ArrowDown')
    expect(document.activeElement).toBe(items[1])
    key('End')
    expect(document.activeElement).toBe(items.at(-1))
    key('ArrowDown')
    expect(document.activeElement).toBe(items[0])
    key('ArrowUp')
    expect(document.activeElement).toBe(items.at(-1))
    key('Home')
    key('ArrowRight')
    key('ArrowRight')
    // Tab comes back to the thing last used.
    expect(stops()).toEqual([items[2]])
    expect(document.activeElement).toBe(items[2])
  })
})
