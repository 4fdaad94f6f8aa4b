// Comfort on a climb: when the rig takes the learner to another level (a teleport the core took),
// VRControls blinks the view dark and back, and the XR origin stands on the new level.
import { afterEach, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { XR } from '@react-three/xr'
import type { Mesh, Object3D, ShaderMaterial } from 'three'
import type { Sim } from '@practicum/sim'
import { createPracticumXRStore, createVRFrameInput, useVRRig, VRControls, type VRRig } from '@practicum/xr'
import { fixtureSim } from './support/fixture-sim.ts'

let sim: Sim | undefined
afterEach(() => {
  sim?.dispose()
  sim = undefined
})

it('fades the view to dark and back after a climb onto the deck, the origin on the deck', async () => {
  const core = (sim = await fixtureSim('ladder-climb.yaml'))
  const store = createPracticumXRStore({ baseAssetPath: 'http://127.0.0.1/xr-profiles/' })
  let rig: VRRig | undefined
  function Rig() {
    rig = useVRRig(core)
    return <VRControls sim={core} rig={rig} />
  }
  const renderer = await ReactThreeTestRenderer.create(
    <XR store={store}>
      <Rig />
    </XR>,
  )
  const overlay = renderer.scene.instance.getObjectByName('practicum-comfort-overlay') as Mesh
  const fade = () => (overlay.material as ShaderMaterial).uniforms['uFade']!.value as number
  let origin: Object3D | undefined
  renderer.scene.instance.traverse((object) => {
    if (object.children.some((child) => (child as { isArrayCamera?: boolean }).isArrayCamera)) origin = object
  })
  await renderer.advanceFrames(3, 1 / 60)
  expect(fade()).toBe(0)

  // Headset input, as the session would give it (the test renderer does not present): a teleport to
  // the ladder foot, then the left controller pitched 75° up at the deck, stick forward, let go.
  const input = createVRFrameInput()
  input.head.tracked = true
  Object.assign(input.head.position, { x: 0, y: 1.6, z: 0 })
  for (const hand of ['left', 'right'] as const) {
    input.hands[hand].tracked = true
    Object.assign(input.hands[hand].position, { x: hand === 'left' ? -0.2 : 0.2, y: 1.2, z: -0.3 })
  }
  const step = (count: number) => {
    for (let i = 0; i < count; i++) {
      rig!.update(input, 1 / 90)
      core.step()
    }
  }
  const pitch = (degrees: number) => {
    const half = (degrees * Math.PI) / 360
    Object.assign(input.hands.left.rotation, { x: Math.sin(half), y: 0, z: 0, w: Math.cos(half) })
  }
  const teleport = (degrees: number) => {
    pitch(degrees)
    input.hands.left.stickY = -1
    step(1)
    const aimed = { ...rig!.teleport }
    input.hands.left.stickY = 0
    step(2)
    return aimed
  }
  step(2)
  // To the ladder foot, on the same level: no fade.
  expect(teleport(-30)).toMatchObject({ landed: true, valid: true })
  expect(rig!.levelChanges).toBe(0)
  await renderer.advanceFrames(3, 1 / 60)
  expect(fade()).toBe(0)
  expect(teleport(75)).toMatchObject({ landed: true, valid: true })
  expect(core.context.learner.feet().y).toBeCloseTo(3, 2)
  expect(rig!.levelChanges).toBe(1)

  await renderer.advanceFrames(6, 1 / 60)
  expect(overlay.visible).toBe(true)
  expect(fade()).toBeGreaterThan(0)
  expect(origin!.position.y).toBeCloseTo(3, 3)
  await renderer.advanceFrames(90, 1 / 60)
  expect(fade()).toBe(0)
  expect(overlay.visible).toBe(false)
  await renderer.unmount()
  store.destroy()
})
