import type { WebXRManager } from 'three'
import type { VRFrameInput, VRHandInput } from './vr-input.ts'

function clear(hand: VRHandInput): void {
  hand.tracked = false
  hand.grip = hand.trigger = hand.stickX = hand.stickY = 0
}

/**
 * Fills `input` from this frame of an immersive session, in the origin's reference space: the head
 * from three's XR eye cameras (already posed for this frame), each hand from its grip space, buttons
 * and thumbstick from its `xr-standard` gamepad (a tracked hand's button 0 is its pinch). Allocates
 * nothing itself; `XRFrame.getPose` returns a new pose by the WebXR API's design.
 */
export function readXRFrame(xr: WebXRManager, frame: XRFrame | undefined, input: VRFrameInput): void {
  clear(input.hands.left)
  clear(input.hands.right)
  const cameras = xr.getCamera().cameras
  const first = cameras[0]
  const last = cameras[cameras.length - 1]
  input.head.tracked = Boolean(xr.isPresenting && first && last)
  if (first && last) {
    // Between the eyes.
    input.head.position.x = (first.position.x + last.position.x) / 2
    input.head.position.y = (first.position.y + last.position.y) / 2
    input.head.position.z = (first.position.z + last.position.z) / 2
    const { x, y, z, w } = first.quaternion
    input.head.rotation.x = x
    input.head.rotation.y = y
    input.head.rotation.z = z
    input.head.rotation.w = w
  }
  const space = xr.getReferenceSpace()
  if (!frame || !space) return
  const sources = frame.session.inputSources
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i]
    if (!source || (source.handedness !== 'left' && source.handedness !== 'right')) continue
    const hand = input.hands[source.handedness]
    const pose = frame.getPose(source.gripSpace ?? source.targetRaySpace, space)
    if (!pose) continue
    hand.tracked = true
    hand.isHand = source.hand != null
    const { position, orientation } = pose.transform
    hand.position.x = position.x
    hand.position.y = position.y
    hand.position.z = position.z
    hand.rotation.x = orientation.x
    hand.rotation.y = orientation.y
    hand.rotation.z = orientation.z
    hand.rotation.w = orientation.w
    const gamepad = source.gamepad
    if (!gamepad) continue
    if (hand.isHand) {
      hand.grip = gamepad.buttons[0]?.value ?? 0
      continue
    }
    hand.trigger = gamepad.buttons[0]?.value ?? 0
    hand.grip = gamepad.buttons[1]?.value ?? 0
    hand.stickX = gamepad.axes[2] ?? 0
    hand.stickY = gamepad.axes[3] ?? 0
  }
}
