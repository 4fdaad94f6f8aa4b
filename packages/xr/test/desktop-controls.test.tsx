import { afterEach, describe, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { useThree } from '@react-three/fiber'
import type { Camera } from 'three'
import type { Sim } from '@practicum/sim'
import { DesktopControls, DesktopHand, ScenarioScene, createDesktopRig } from '@practicum/xr'
import { pressSim } from './support/press-sim.ts'

let sim: Sim | undefined

afterEach(() => {
  sim?.dispose()
  sim = undefined
})

describe('DesktopControls', () => {
  it('walks on a held key, puts the camera at the head, and leaves a focused button its Enter and Space, a text field every key', async () => {
    sim = await pressSim()
    const core = sim
    const rig = createDesktopRig(core)
    let camera: Camera | undefined
    function CameraProbe() {
      camera = useThree((state) => state.camera)
      return null
    }
    const renderer = await ReactThreeTestRenderer.create(
      <>
        <CameraProbe />
        <DesktopControls rig={rig} />
        <ScenarioScene sim={core} />
      </>,
    )
    const startZ = rig.head.z
    window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyW' }))
    await renderer.advanceFrames(30, 1 / 60)
    window.dispatchEvent(new KeyboardEvent('keyup', { code: 'KeyW' }))
    expect(startZ - rig.head.z).toBeCloseTo(0.6, 1)
    expect(camera!.position.z).toBeCloseTo(rig.head.z, 6)
    expect(core.context.learner.head.position.z).toBeCloseTo(rig.head.z, 2)

    // Space presses a focused button (not the trigger); G still grips there (the keyboard-only path);
    // a text field keeps every key.
    const button = document.createElement('button')
    const field = document.createElement('input')
    document.body.append(button, field)
    button.dispatchEvent(new KeyboardEvent('keydown', { code: 'Space', bubbles: true }))
    expect(rig.trigger).toBe(false)
    field.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyG', bubbles: true }))
    expect(rig.grip).toBe(false)
    button.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyG', bubbles: true }))
    expect(rig.grip).toBe(true)
    window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyG' }))
    expect(rig.grip).toBe(false)
    button.remove()
    field.remove()
    await renderer.unmount()
  })

  it('reaches for an object the mouse clicks, and shows the hand there', async () => {
    sim = await pressSim()
    const rig = createDesktopRig(sim)
    const renderer = await ReactThreeTestRenderer.create(
      <>
        <DesktopHand rig={rig} />
        <ScenarioScene sim={sim} paused onSelect={(id) => rig.reach(id)} />
      </>,
    )
    const lock = renderer.scene.findAll((node) => node.instance.name === 'lock')[0]!
    await renderer.fireEvent(lock, 'click', { stopPropagation() {} })
    const lockPose = sim.poses().find((pose) => pose.id === 'lock')!.position
    const hand = rig.handPosition()
    expect(Math.hypot(hand.x - lockPose.x, hand.y - lockPose.y, hand.z - lockPose.z)).toBeLessThan(1e-6)
    await renderer.advanceFrames(1, 1 / 60)
    const marker = renderer.scene.findAll((node) => node.instance.name === 'practicum-desktop-hand')[0]!
    expect(marker.instance.position.distanceTo(lockPose)).toBeLessThan(1e-6)
    await renderer.unmount()
  })
})
