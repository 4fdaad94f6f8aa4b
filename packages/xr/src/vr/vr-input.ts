import type { Hand, Quat, Vec3 } from '@practicum/sim'

/** One hand's input in a frame, in the XR origin's space (the tracking space, floor at y = 0). */
export interface VRHandInput {
  /** The input source is there and its grip pose was tracked this frame. */
  tracked: boolean
  /** A tracked hand (its pinch grips) rather than a controller. */
  isHand: boolean
  position: Vec3
  rotation: Quat
  /** The squeeze button, or a hand's pinch, 0…1. */
  grip: number
  /** The trigger, 0…1 (0 for a hand). */
  trigger: number
  /** The thumbstick, −1…1: x right, y towards the learner (pushed forward is −1). */
  stickX: number
  stickY: number
}

/** What the headset reports in a frame; filled in place by the XR binding (no allocation). */
export interface VRFrameInput {
  head: { tracked: boolean; position: Vec3; rotation: Quat }
  hands: Record<Hand, VRHandInput>
}

function handInput(): VRHandInput {
  return {
    tracked: false,
    isHand: false,
    position: { x: 0, y: 0, z: 0 },
    rotation: { x: 0, y: 0, z: 0, w: 1 },
    grip: 0,
    trigger: 0,
    stickX: 0,
    stickY: 0,
  }
}

/** An empty frame input, allocated once and rewritten every frame. */
export function createVRFrameInput(): VRFrameInput {
  return {
    head: { tracked: false, position: { x: 0, y: 1.6, z: 0 }, rotation: { x: 0, y: 0, z: 0, w: 1 } },
    hands: { left: handInput(), right: handInput() },
  }
}
