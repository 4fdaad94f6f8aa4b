import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import type { Mesh } from 'three'
import type { Sim } from '@practicum/sim'
import {
  FocusHighlight,
  ScenarioScene,
  TouchButtons,
  createDesktopRig,
  createFocusTarget,
} from '@practicum/xr'
import { pressSim } from './support/press-sim.ts'

let sim: Sim | undefined
let root: Root | undefined

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})

afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
  sim?.dispose()
  sim = undefined
})

describe('FocusHighlight', () => {
  it('boxes the object whose button has focus, follows it as it falls, and hides without focus', async () => {
    sim = await pressSim()
    const focus = createFocusTarget()
    const renderer = await ReactThreeTestRenderer.create(
      <>
        <ScenarioScene sim={sim} />
        <FocusHighlight focus={focus} />
      </>,
    )
    const box = renderer.scene.findAll((node) => node.props.name === 'practicum-focus-highlight')[0]!
      .instance as Mesh
    await renderer.advanceFrames(1, 1 / 60)
    expect(box.visible).toBe(false)

    focus.current = 'ball'
    await renderer.advanceFrames(1, 1 / 60)
    expect(box.visible).toBe(true)
    const ball = sim.poses().find((pose) => pose.id === 'ball')!
    expect(box.position.y).toBeCloseTo(ball.position.y, 1)
    // a 10 cm ball, with the margin
    expect(box.scale.x).toBeCloseTo(0.14, 2)
    const before = box.position.y
    await renderer.advanceFrames(20, 1 / 60)
    expect(box.position.y).toBeLessThan(before)

    focus.current = undefined
    await renderer.advanceFrames(1, 1 / 60)
    expect(box.visible).toBe(false)
    await renderer.unmount()
  })
})

describe('TouchButtons', () => {
  it('are hidden on a fine pointer; shown, grip toggles on a tap and trigger is held while touched', async () => {
    sim = await pressSim()
    const rig = createDesktopRig(sim)
    const container = document.createElement('div')
    document.body.append(container)
    root = createRoot(container)
    act(() => root!.render(<TouchButtons rig={rig} />))
    expect(container.querySelectorAll('button')).toHaveLength(0)

    act(() => root!.render(<TouchButtons rig={rig} show />))
    const [grip, trigger] = [...container.querySelectorAll('button')]
    expect(grip?.textContent).toBe('Grip')
    expect(grip?.tabIndex).toBe(-1)
    act(() => grip!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })))
    expect(rig.grip).toBe(true)
    act(() => grip!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })))
    expect(rig.grip).toBe(false)
    act(() => trigger!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })))
    expect(rig.trigger).toBe(true)
    act(() => trigger!.dispatchEvent(new PointerEvent('pointerup', { bubbles: true })))
    expect(rig.trigger).toBe(false)
  })
})
