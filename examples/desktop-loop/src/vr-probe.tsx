import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import type { XRStore } from '@react-three/xr'
import { Vector3 } from 'three'
import type { Sim } from '@practicum/sim'
import { inWorldPanelName } from '@practicum/xr'

/** What tests may read of the emulated headset: the IWER device (to drive input) and a projector. */
export interface PracticumXRHook {
  /** IWER's emulated device: tests move its controllers and press their buttons. */
  readonly device: unknown
  readonly presenting: boolean
  /** Where an object's centre is on screen (CSS pixels) in the first eye's view of the XR session. */
  project(objectId: string): { x: number; y: number } | undefined
  /** The in-world panel: the step and instruction it shows, and where its centre is on screen. */
  panel(): { step: string | undefined; instruction: string; x: number; y: number } | undefined
  /** Where the viewer's head is in the world: between the eyes, the headset in the moved XR origin. */
  head(): { x: number; y: number; z: number }
}

/**
 * With `?xr=emulate` only, puts `xr` on the page's read-only hook (`window.practicum.xr`). It changes
 * nothing in the scene.
 */
export function VRProbe({ sim, store, enabled }: { sim: Sim; store: XRStore; enabled: boolean }) {
  const gl = useThree((state) => state.gl)
  const scene = useThree((state) => state.scene)
  useEffect(() => {
    const page = window.practicum as (typeof window.practicum & { xr?: PracticumXRHook }) | undefined
    if (!enabled || !page) return
    const point = new Vector3()
    /** `point`, in the world, on screen in CSS pixels through the first eye. */
    const onScreen = () => {
      const eye = gl.xr.getCamera().cameras[0]
      const layer = gl.xr.getBaseLayer()
      if (!eye || !layer || !('framebufferWidth' in layer)) return undefined
      point.project(eye)
      // The eye's viewport is in framebuffer pixels, from the bottom left.
      const { x, y, z: width, w: height } = eye.viewport
      const rect = gl.domElement.getBoundingClientRect()
      return {
        x: rect.left + ((x + ((point.x + 1) / 2) * width) / layer.framebufferWidth) * rect.width,
        y: rect.top + (1 - (y + ((point.y + 1) / 2) * height) / layer.framebufferHeight) * rect.height,
      }
    }
    page.xr = {
      get device() {
        return store.getState().emulator
      },
      get presenting() {
        return gl.xr.isPresenting
      },
      project(objectId) {
        const pose = sim.poses().find((candidate) => candidate.id === objectId)
        if (!pose) return undefined
        point.set(pose.position.x, pose.position.y, pose.position.z)
        return onScreen()
      },
      panel() {
        const panel = scene.getObjectByName(inWorldPanelName)
        if (!panel) return undefined
        panel.getWorldPosition(point)
        const at = onScreen()
        const { step, instruction } = panel.userData as { step?: string; instruction: string }
        return at && { step, instruction, ...at }
      },
      head() {
        // Between the eyes, whose world matrices three sets each frame from the XR origin and the pose.
        const { cameras } = gl.xr.getCamera()
        const sum = { x: 0, y: 0, z: 0 }
        for (const eye of cameras) {
          point.setFromMatrixPosition(eye.matrixWorld)
          sum.x += point.x / cameras.length
          sum.y += point.y / cameras.length
          sum.z += point.z / cameras.length
        }
        return sum
      },
    }
    return () => void delete page.xr
  }, [sim, store, gl, scene, enabled])
  return null
}
