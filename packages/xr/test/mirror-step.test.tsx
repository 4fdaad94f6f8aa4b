// The accessible mirror's Step buttons: the keyboard-only way to walk a measured distance. A held
// key walks until it is let go, so at ?speed=8 on a slow page the learner stops up to a metre past
// where the key-up was meant (the fire-extinguisher e2e test stopped inside minStartDistance); a step
// ends on its spot whatever the frame rate.
import { afterEach, beforeAll, expect, it } from 'vitest'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import type { Sim } from '@practicum/sim'
import {
  AccessibleMirror,
  createDesktopRig,
  createRuntimeStore,
  runtimeText,
  stepLength,
  type DesktopRig,
} from '@practicum/xr'
import { pressSim } from './support/press-sim.ts'

const sims: Sim[] = []
const roots: Root[] = []

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})

afterEach(() => {
  for (const root of roots.splice(0)) act(() => root.unmount())
  document.body.innerHTML = ''
  for (const sim of sims.splice(0)) sim.dispose()
})

/** A core at `speed`, its rig, and the mirror rendered for it; `frames(seconds)` plays frames of that length. */
async function mirrored(speed: number, locale = 'en') {
  const sim = await pressSim({ speed })
  sims.push(sim)
  const rig = createDesktopRig(sim)
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  roots.push(root)
  act(() =>
    root.render(
      <AccessibleMirror
        sim={sim}
        store={createRuntimeStore()}
        rig={rig}
        labels={runtimeText(locale).mirror}
        locale={locale}
      />,
    ),
  )
  const press = (name: string) => {
    const button = [...container.querySelectorAll('button')].find((found) => found.textContent === name)
    if (!button) throw new Error(`no button "${name}"`)
    act(() => button.click())
  }
  /** Frames of `seconds` each, as the page's loop runs them, until the rig stops walking. */
  const walk = (seconds: number) => {
    for (let frame = 0; frame < 1000 && rig.moving; frame++) {
      rig.update(seconds)
      sim.advance(seconds)
    }
    rig.update(seconds)
    sim.advance(seconds)
  }
  return { sim, rig, press, walk }
}

const flat = (rig: DesktopRig) => ({ x: rig.head.x, z: rig.head.z })

it('steps 50 cm along the view, to the same spot at 90 frames a second and at 4', async () => {
  const smooth = await mirrored(8)
  const slow = await mirrored(8)
  const start = flat(smooth.rig)
  for (const { press, walk } of [smooth, slow]) {
    const frame = walk === smooth.walk ? 1 / 90 : 1 / 4
    press('Step left')
    walk(frame)
    press('Step left')
    walk(frame)
    press('Step forward')
    walk(frame)
  }
  expect(stepLength).toBe(0.5)
  expect(flat(smooth.rig).x).toBeCloseTo(start.x - 1, 9)
  expect(flat(smooth.rig).z).toBeCloseTo(start.z - 0.5, 9)
  expect(flat(slow.rig).x).toBeCloseTo(flat(smooth.rig).x, 9)
  expect(flat(slow.rig).z).toBeCloseTo(flat(smooth.rig).z, 9)
  // The core stands the learner there too (poses are quantised to the millimetre).
  for (const { sim, rig } of [smooth, slow]) {
    expect(sim.context.learner.head.position.x).toBeCloseTo(rig.head.x, 3)
    expect(sim.context.learner.head.position.z).toBeCloseTo(rig.head.z, 3)
  }
})

it('steps relative to where the view is turned, back and right as well, in French', async () => {
  const { rig, press, walk } = await mirrored(1, 'fr')
  // A quarter turn to the left: the view looks along −X, so its right is −Z.
  rig.look(Math.PI / 2, 0)
  const start = flat(rig)
  press('Faire un pas en avant')
  walk(1 / 60)
  expect(flat(rig).x).toBeCloseTo(start.x - 0.5, 9)
  expect(flat(rig).z).toBeCloseTo(start.z, 9)
  press('Faire un pas à droite')
  walk(1 / 60)
  press('Faire un pas en arrière')
  walk(1 / 60)
  expect(flat(rig).x).toBeCloseTo(start.x, 9)
  expect(flat(rig).z).toBeCloseTo(start.z - 0.5, 9)
  press('Faire un pas à gauche')
  walk(1 / 60)
  expect(flat(rig).z).toBeCloseTo(start.z, 9)
})
