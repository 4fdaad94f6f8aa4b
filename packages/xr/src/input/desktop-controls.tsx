import { useEffect, useMemo } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import type { Sim } from '@practicum/sim'
import { createDesktopRig, type DesktopRig, type DesktopRigOptions } from './desktop-rig.ts'
import { defaultKeyBindings, isPressIntent, type Intent } from './key-bindings.ts'
import { keyBelongsToFocus } from './key-belongs-to-focus.ts'

/** One desktop rig per core, for the scene's controls and the accessible DOM list alike. */
export function useDesktopRig(sim: Sim, options: DesktopRigOptions = {}): DesktopRig {
  const { hand, walkSpeed, turnSpeed, handSpeed } = options
  return useMemo(
    () =>
      createDesktopRig(sim, {
        ...(hand && { hand }),
        ...(walkSpeed !== undefined && { walkSpeed }),
        ...(turnSpeed !== undefined && { turnSpeed }),
        ...(handSpeed !== undefined && { handSpeed }),
      }),
    [sim, hand, walkSpeed, turnSpeed, handSpeed],
  )
}

export interface DesktopControlsProps {
  rig: DesktopRig
  /** `KeyboardEvent.code` → intent. @defaultValue defaultKeyBindings */
  bindings?: Readonly<Record<string, Intent>>
  /** Radians of view turn per pixel of mouse drag. @defaultValue 0.005 */
  lookSensitivity?: number
  /**
   * While the core's steps are paused the learner stands still: a held key or a walk under way
   * moves nothing until play resumes (pass what `<ScenarioScene paused>` gets).
   */
  paused?: boolean
}

/**
 * Desktop input inside the `<Canvas>`: keys (see `defaultKeyBindings`), a mouse drag on the
 * canvas (look) and its right button (grip toggle) drive the rig; each frame the rig sends the core what changed and the camera takes the
 * learner's head. Mount it before `<ScenarioScene>` so a frame's input reaches that frame's steps.
 */
export function DesktopControls({
  rig,
  bindings = defaultKeyBindings,
  lookSensitivity = 0.005,
  paused = false,
}: DesktopControlsProps) {
  const camera = useThree((state) => state.camera)
  const canvas = useThree((state) => state.gl.domElement)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const intent = bindings[event.code]
      if (!intent || event.altKey || event.ctrlKey || event.metaKey || keyBelongsToFocus(event)) return
      event.preventDefault()
      const down = event.type === 'keydown'
      if (isPressIntent(intent)) {
        if (!event.repeat) rig.press(intent, down)
      } else rig.hold(intent, down)
    }
    const drag = { active: false, x: 0, y: 0 }
    const onPointerDown = (event: PointerEvent) => {
      drag.active = true
      drag.x = event.clientX
      drag.y = event.clientY
    }
    const onPointerMove = (event: PointerEvent) => {
      if (!drag.active) return
      rig.look(-(event.clientX - drag.x) * lookSensitivity, -(event.clientY - drag.y) * lookSensitivity)
      drag.x = event.clientX
      drag.y = event.clientY
    }
    const onPointerUp = () => {
      drag.active = false
    }
    // The right button grips and lets go (a toggle, as G): the mouse alone can take and place.
    const onContextMenu = (event: MouseEvent) => {
      event.preventDefault()
      rig.press('grip', true)
    }
    // A finger's drag on the scene looks around, not scrolls or zooms the page.
    canvas.style.touchAction = 'none'
    window.addEventListener('keydown', onKey)
    window.addEventListener('keyup', onKey)
    canvas.addEventListener('pointerdown', onPointerDown)
    canvas.addEventListener('contextmenu', onContextMenu)
    window.addEventListener('pointermove', onPointerMove)
    window.addEventListener('pointerup', onPointerUp)
    window.addEventListener('pointercancel', onPointerUp)
    return () => {
      window.removeEventListener('pointercancel', onPointerUp)
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('keyup', onKey)
      canvas.removeEventListener('pointerdown', onPointerDown)
      canvas.removeEventListener('contextmenu', onContextMenu)
      window.removeEventListener('pointermove', onPointerMove)
      window.removeEventListener('pointerup', onPointerUp)
    }
  }, [rig, bindings, canvas, lookSensitivity])

  useFrame((_, delta) => {
    rig.update(paused ? 0 : delta)
    const { head, headRotation } = rig
    camera.position.set(head.x, head.y, head.z)
    camera.quaternion.set(headRotation.x, headRotation.y, headRotation.z, headRotation.w)
  })
  return null
}
