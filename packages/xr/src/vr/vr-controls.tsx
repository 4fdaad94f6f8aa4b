import { useEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { XROrigin } from '@react-three/xr'
import type { Group } from 'three'
import type { Sim } from '@practicum/sim'
import { ComfortOverlay } from './comfort-overlay.tsx'
import { createFade } from './comfort.ts'
import { pulseOnHazards, sessionPulse } from './haptics.ts'
import { readXRFrame } from './read-xr-frame.ts'
import { createVRFrameInput } from './vr-input.ts'
import { VRHands } from './vr-hands.tsx'
import { createVRRig, type VRRig, type VRRigOptions } from './vr-rig.ts'

/**
 * One VR rig per core, where the learner stands. Option changes (a dominant-hand swap, the
 * locomotion, the comfort settings) apply to the same rig, also mid-session.
 */
export function useVRRig(sim: Sim, options: VRRigOptions = {}): VRRig {
  const { snapTurnDegrees, smoothSpeed, maxVignette, teleportRange, dominantHand, locomotion } = options
  const rig = useMemo(() => createVRRig(sim), [sim])
  useEffect(() => rig.setDominantHand(dominantHand ?? 'right'), [rig, dominantHand])
  useEffect(() => rig.setLocomotion(locomotion ?? 'teleport'), [rig, locomotion])
  useEffect(
    () =>
      rig.configure({
        snapTurnDegrees: snapTurnDegrees ?? 30,
        smoothSpeed: smoothSpeed ?? 1.5,
        maxVignette: maxVignette ?? 0.8,
        teleportRange: teleportRange ?? 8,
      }),
    [rig, snapTurnDegrees, smoothSpeed, maxVignette, teleportRange],
  )
  return rig
}

export interface VRControlsProps {
  sim: Sim
  rig: VRRig
  /** Pulse the controllers when a hazard becomes live. @defaultValue true */
  haptics?: boolean
}

/**
 * VR input inside `<XR>`: every frame of an immersive session the headset, controllers and hands
 * drive the rig (which sends the core what changed) and the XR origin goes where the rig has it.
 * Also draws the hand markers, the teleport target, the comfort vignette and a fade (the view
 * darkens and comes back) on a fall and on a climb to another level; the camera follows the
 * headset only, so it never drops. Its frame runs before the scene's
 * (priority −1), so a frame's input reaches that frame's steps.
 */
export function VRControls({ sim, rig, haptics = true }: VRControlsProps) {
  const gl = useThree((state) => state.gl)
  const origin = useRef<Group>(null)
  const input = useMemo(createVRFrameInput, [])
  const fade = useMemo(createFade, [])

  useEffect(() => {
    const unsubscribe = sim.subscribe((event) => {
      if (event.type === 'fell') fade.start()
    })
    return () => void unsubscribe()
  }, [sim, fade])

  useEffect(() => {
    if (!haptics) return
    const unsubscribe = pulseOnHazards(
      sim,
      sessionPulse(() => gl.xr.getSession() ?? undefined),
    )
    return () => void unsubscribe()
  }, [sim, gl, haptics])

  const levelChanges = useRef(rig.levelChanges)

  useFrame((_, delta, frame: XRFrame | undefined) => {
    if (gl.xr.isPresenting) {
      readXRFrame(gl.xr, frame, input)
      rig.update(input, delta)
    }
    // A climb (a teleport to another level) blinks the view dark and back, as a fall does.
    if (rig.levelChanges !== levelChanges.current) {
      levelChanges.current = rig.levelChanges
      fade.start()
    }
    fade.update(delta)
    const group = origin.current
    if (!group) return
    group.position.set(rig.origin.x, rig.origin.y, rig.origin.z)
    group.rotation.set(0, rig.origin.yaw, 0)
    // Before the default frame callbacks (the scene's steps, the overlay), whatever the mount order.
  }, -1)

  return (
    <>
      <XROrigin ref={origin} />
      <VRHands rig={rig} />
      <ComfortOverlay vignette={() => rig.vignette} fade={() => fade.value} />
    </>
  )
}
