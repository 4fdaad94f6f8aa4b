import { afterEach, describe, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { XR } from '@react-three/xr'
import type { Mesh, Object3D, ShaderMaterial } from 'three'
import { runBot, type Sim } from '@practicum/sim'
import { createPracticumXRStore, useVRRig, VRControls } from '@practicum/xr'
import { fixtureSim } from './support/fixture-sim.ts'

let sim: Sim | undefined

afterEach(() => {
  sim?.dispose()
  sim = undefined
})

const frame = 1 / 60

describe('VRControls', () => {
  it('fades the view to dark and back on a fall in the core; the XR origin (the camera) does not drop', async () => {
    const core = (sim = await fixtureSim('ledge.yaml'))
    const store = createPracticumXRStore({ baseAssetPath: 'http://127.0.0.1/xr-profiles/' })
    function Rig() {
      const rig = useVRRig(core)
      return <VRControls sim={core} rig={rig} />
    }
    const renderer = await ReactThreeTestRenderer.create(
      <XR store={store}>
        <Rig />
      </XR>,
    )
    const overlay = renderer.scene.instance.getObjectByName('practicum-comfort-overlay') as Mesh
    const fade = () => (overlay.material as ShaderMaterial).uniforms['uFade']!.value as number
    await renderer.advanceFrames(3, frame)
    expect(overlay.visible).toBe(false)
    // The XR origin: the group that holds three's XR camera (the headset's view).
    let origin: Object3D | undefined
    renderer.scene.instance.traverse((object) => {
      if (object.children.some((child) => (child as { isArrayCamera?: boolean }).isArrayCamera))
        origin = object
    })
    if (!origin) throw new Error('no XR origin holding the XR camera')
    const originHeight = () => origin!.position.y
    const before = originHeight()
    expect(before).toBe(2) // the learner's start, on the platform

    // The learner walks off the 2 m platform: a real fall, in the core.
    runBot(core, [{ walkTo: [2, 0, 0] }, { wait: 2 }], { settleSeconds: 0 })
    expect(core.events().some((event) => event.type === 'fell')).toBe(true)
    expect(core.context.learner.feet().y).toBeCloseTo(0, 1)

    await renderer.advanceFrames(6, frame)
    expect(overlay.visible).toBe(true)
    expect(fade()).toBeGreaterThan(0)
    await renderer.advanceFrames(12, frame)
    expect(fade()).toBe(1)
    expect(originHeight()).toBe(before)
    await renderer.advanceFrames(90, frame)
    expect(fade()).toBe(0)
    expect(overlay.visible).toBe(false)
    expect(originHeight()).toBe(before)
    await renderer.unmount()
    store.destroy()
  })
})
