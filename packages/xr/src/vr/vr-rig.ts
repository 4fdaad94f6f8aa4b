import type { Hand, Quat, Sim, TeleportRefusal, Vec3 } from '@practicum/sim'
import { climbHeight, teleportRefusal } from '@practicum/sim'
import { vignetteStrength } from './comfort.ts'
import { createTeleportArc } from './teleport-arc.ts'
import type { VRFrameInput, VRHandInput } from './vr-input.ts'

export type Locomotion = 'teleport' | 'smooth'

export interface VRRigOptions {
  /**
   * The hand that holds the pointer (distance grab); the other one teleports and turns.
   * @defaultValue 'right'
   */
  dominantHand?: Hand
  /** @defaultValue 'teleport' */
  locomotion?: Locomotion
  /** Degrees turned by one flick of the thumbstick. @defaultValue 30 */
  snapTurnDegrees?: number
  /** Smooth locomotion at full stick, m/s. @defaultValue 1.5 */
  smoothSpeed?: number
  /** The comfort vignette's strength at full smooth speed, 0…1. @defaultValue 0.8 */
  maxVignette?: number
  /** How far a teleport may go, m. @defaultValue 8 */
  teleportRange?: number
}

/** The teleport arc while the locomotion stick is pushed forward. */
export interface VRTeleportAim {
  readonly aiming: boolean
  /** The arc meets a floor with room to stand (at any height), within range: `target` is on it. */
  readonly landed: boolean
  /** Landed, and the core would take the learner there now (the ring to show, letting go goes). */
  readonly valid: boolean
  /**
   * Landed, but the core would refuse (its `teleportRefusal`): no climb leads there from where the
   * learner stands, or a hand is full on a ladder that asks for three points of contact. Letting go
   * still asks the core, which records the refused climb; the view stays.
   */
  readonly refusal: TeleportRefusal | undefined
  /** Where the feet would land, in the core's world. */
  readonly target: Readonly<Vec3>
}

/** Where the tracking space sits in the world: its floor point and its turn about +Y. */
export interface VROrigin {
  x: number
  y: number
  z: number
  yaw: number
}

/** A hand where the learner sees it (world space, as drawn). */
export interface VRHandView {
  tracked: boolean
  position: Vec3
  rotation: Quat
  grip: boolean
  pointing: boolean
}

/**
 * A headset learner's head, hands and locomotion, turned into the core's head, hand, grip,
 * trigger, point and teleport actions. Framework-free: the XR binding fills a {@link VRFrameInput}
 * each frame and places the XR origin where {@link VRRig.origin} says.
 *
 * Seated play: the core raises what it receives by the scenario's seated offset, so the origin is
 * raised by it (the learner sees from a standing height) and the poses sent are lowered by it.
 */
export interface VRRig {
  readonly origin: Readonly<VROrigin>
  readonly dominantHand: Hand
  /** The hand that teleports and turns (the other one). */
  readonly locomotionHand: Hand
  readonly locomotion: Locomotion
  /** The comfort vignette's strength now, 0…1 (0 when still). */
  readonly vignette: number
  /** The teleport arc's landing point while the stick is pushed forward. */
  readonly teleport: VRTeleportAim
  /** Teleports the core took that changed the learner's level by more than a step (climbs): a comfort fade follows each. */
  readonly levelChanges: number
  /** The head, world space, as seen. */
  readonly head: Readonly<Vec3>
  readonly hands: Readonly<Record<Hand, Readonly<VRHandView>>>
  /** Swaps (or sets) the dominant hand, also mid-session. */
  setDominantHand(hand: Hand): void
  setLocomotion(mode: Locomotion): void
  /** Changes the comfort options (snap angle, smooth speed, vignette, teleport range) in place. */
  configure(
    options: Pick<VRRigOptions, 'snapTurnDegrees' | 'smoothSpeed' | 'maxVignette' | 'teleportRange'>,
  ): void
  /** Reads a frame's input, moves the origin, and sends the core what changed. */
  update(input: VRFrameInput, seconds: number): void
}

const pressAt = 0.6
const releaseAt = 0.4
const stickOn = 0.7
const stickRest = 0.3
/** Smaller pose changes are not sent: the core keeps poses to the millimetre anyway. */
const poseEpsilon = 0.0005

function changed(a: Vec3, b: Vec3): boolean {
  return (
    Math.abs(a.x - b.x) >= poseEpsilon ||
    Math.abs(a.y - b.y) >= poseEpsilon ||
    Math.abs(a.z - b.z) >= poseEpsilon
  )
}

function turned(a: Quat, b: Quat): boolean {
  return (
    Math.abs(a.x - b.x) >= poseEpsilon ||
    Math.abs(a.y - b.y) >= poseEpsilon ||
    Math.abs(a.z - b.z) >= poseEpsilon ||
    Math.abs(a.w - b.w) >= poseEpsilon
  )
}

function copyVec(target: Vec3, source: Vec3): void {
  target.x = source.x
  target.y = source.y
  target.z = source.z
}

function copyQuat(target: Quat, source: Quat): void {
  target.x = source.x
  target.y = source.y
  target.z = source.z
  target.w = source.w
}

const other = (hand: Hand): Hand => (hand === 'left' ? 'right' : 'left')

export function createVRRig(sim: Sim, options: VRRigOptions = {}): VRRig {
  let dominantHand = options.dominantHand ?? 'right'
  let locomotion = options.locomotion ?? 'teleport'
  let snapTurn = ((options.snapTurnDegrees ?? 30) * Math.PI) / 180
  let smoothSpeed = options.smoothSpeed ?? 1.5
  let maxVignette = options.maxVignette ?? 0.8
  let teleportRange = options.teleportRange ?? 8
  const lift = sim.context.seated ? sim.scenario.learner.seatedOffset : 0
  const start = sim.scenario.learner.start
  const origin: VROrigin = {
    x: start.position[0],
    y: start.position[1] + lift,
    z: start.position[2],
    yaw: start.rotation[1],
  }
  const head = { x: origin.x, y: origin.y + sim.scenario.learner.height, z: origin.z }
  const headRotation = { x: 0, y: 0, z: 0, w: 1 }
  const view = (): VRHandView => ({
    tracked: false,
    position: { x: 0, y: 0, z: 0 },
    rotation: { x: 0, y: 0, z: 0, w: 1 },
    grip: false,
    pointing: false,
  })
  const hands: Record<Hand, VRHandView> = { left: view(), right: view() }
  const trigger: Record<Hand, boolean> = { left: false, right: false }
  const teleport: { -readonly [K in keyof VRTeleportAim]: VRTeleportAim[K] } & { target: Vec3 } = {
    aiming: false,
    landed: false,
    valid: false,
    refusal: undefined,
    target: { x: 0, y: 0, z: 0 },
  }
  const arc = createTeleportArc(sim)
  const arcFrom = { x: 0, y: 0, z: 0 }
  let levelChanges = 0
  let vignette = 0
  let turnArmed = true

  // The actions are reused: the core quantises (copies) what it is given.
  const sentHead = { position: { x: Infinity, y: 0, z: 0 }, rotation: { x: 0, y: 0, z: 0, w: 1 } }
  const headAction = {
    type: 'head' as const,
    position: { x: 0, y: 0, z: 0 },
    rotation: { x: 0, y: 0, z: 0, w: 1 },
  }
  const sentHands: Record<Hand, { position: Vec3; rotation: Quat }> = {
    left: { position: { x: Infinity, y: 0, z: 0 }, rotation: { x: 0, y: 0, z: 0, w: 1 } },
    right: { position: { x: Infinity, y: 0, z: 0 }, rotation: { x: 0, y: 0, z: 0, w: 1 } },
  }
  const handAction = {
    type: 'hand' as const,
    hand: 'right' as Hand,
    position: { x: 0, y: 0, z: 0 },
    rotation: { x: 0, y: 0, z: 0, w: 1 },
  }
  const teleportAction = { type: 'teleport' as const, position: { x: 0, y: 0, z: 0 } }

  /** Tracking space → world (as seen), written into `target`. */
  function toWorld(local: Vec3, target: Vec3): void {
    const c = Math.cos(origin.yaw)
    const s = Math.sin(origin.yaw)
    target.x = origin.x + c * local.x + s * local.z
    target.y = origin.y + local.y
    target.z = origin.z - s * local.x + c * local.z
  }

  /** The yaw quaternion times `local`, written into `target`. */
  function toWorldRotation(local: Quat, target: Quat): void {
    const c = Math.cos(origin.yaw / 2)
    const s = Math.sin(origin.yaw / 2)
    const { x, y, z, w } = local
    target.x = c * x + s * z
    target.y = c * y + s * w
    target.z = c * z - s * x
    target.w = c * w - s * y
  }

  /** Turns the origin about the head (which stays where it is). */
  function turnBy(angle: number, local: Vec3): void {
    origin.yaw += angle
    const c = Math.cos(origin.yaw)
    const s = Math.sin(origin.yaw)
    origin.x = head.x - (c * local.x + s * local.z)
    origin.z = head.z - (-s * local.x + c * local.z)
  }

  function setPointing(hand: Hand, on: boolean): void {
    if (hands[hand].pointing === on) return
    hands[hand].pointing = on
    sim.dispatch({ type: 'point', hand, on })
  }

  function buttons(hand: Hand, input: VRHandInput): void {
    const state = hands[hand]
    const grip = input.tracked && (state.grip ? input.grip > releaseAt : input.grip > pressAt)
    if (grip !== state.grip) {
      state.grip = grip
      sim.dispatch({ type: 'grip', hand, pressed: grip })
    }
    const pull =
      input.tracked && !input.isHand && (trigger[hand] ? input.trigger > releaseAt : input.trigger > pressAt)
    if (pull !== trigger[hand]) {
      trigger[hand] = pull
      sim.dispatch({ type: 'trigger', hand, pressed: pull })
    }
    setPointing(hand, input.tracked && hand === dominantHand)
  }

  function locomote(input: VRFrameInput, seconds: number): void {
    const mover = input.hands[other(dominantHand)]
    const turner = locomotion === 'teleport' ? mover : input.hands[dominantHand]
    vignette = 0
    if (turner.tracked) {
      if (turnArmed && Math.abs(turner.stickX) > stickOn) {
        turnArmed = false
        // Stick right turns right: a negative turn about +Y.
        turnBy(turner.stickX > 0 ? -snapTurn : snapTurn, input.head.position)
        toWorld(input.head.position, head)
      } else if (Math.abs(turner.stickX) < stickRest) turnArmed = true
    }
    if (!mover.tracked) {
      teleport.aiming = false
      return
    }
    if (locomotion === 'smooth') {
      const forward = -mover.stickY
      const strafe = mover.stickX
      const magnitude = Math.sqrt(forward * forward + strafe * strafe)
      if (magnitude < 0.15) return
      // The head's heading, level; right is the heading turned a quarter clockwise.
      const { x, y, z, w } = headRotation
      let fx = -2 * (w * y + x * z)
      let fz = -1 + 2 * (x * x + y * y)
      const length = Math.sqrt(fx * fx + fz * fz) || 1
      fx /= length
      fz /= length
      const k = (Math.min(1, magnitude) / magnitude) * smoothSpeed * seconds
      const dx = (fx * forward - fz * strafe) * k
      const dz = (fz * forward + fx * strafe) * k
      origin.x += dx
      origin.z += dz
      head.x += dx
      head.z += dz
      vignette =
        seconds > 0 ? vignetteStrength(Math.sqrt(dx * dx + dz * dz) / seconds, smoothSpeed, maxVignette) : 0
      return
    }
    if (mover.stickY < -stickOn) {
      teleport.aiming = true
      // The arc is cast in the core's world: the seen hand, lowered by the seated lift.
      const from = hands[other(dominantHand)]
      arcFrom.x = from.position.x
      arcFrom.y = from.position.y - lift
      arcFrom.z = from.position.z
      teleport.landed = arc.cast(arcFrom, from.rotation, teleportRange, teleport.target)
      teleport.refusal = teleport.landed ? teleportRefusal(sim.context, teleport.target) : undefined
      teleport.valid = teleport.landed && teleport.refusal === undefined
    } else if (teleport.aiming && Math.abs(mover.stickY) < stickRest) {
      teleport.aiming = false
      if (!teleport.landed) return
      teleport.landed = teleport.valid = false
      const target = teleport.target
      // Judged again on the state the core will apply the action to (nothing steps in between).
      teleport.refusal = teleportRefusal(sim.context, target)
      copyVec(teleportAction.position, target)
      sim.dispatch(teleportAction)
      if (teleport.refusal !== undefined) return
      if (Math.abs(target.y - (origin.y - lift)) > climbHeight) levelChanges++
      // The head lands over the target: the origin moves by what separates them.
      origin.x += target.x - head.x
      origin.z += target.z - head.z
      origin.y = target.y + lift
      toWorld(input.head.position, head)
    }
  }

  function sendHead(): void {
    if (!changed(head, sentHead.position) && !turned(headRotation, sentHead.rotation)) return
    copyVec(sentHead.position, head)
    copyQuat(sentHead.rotation, headRotation)
    copyVec(headAction.position, head)
    headAction.position.y -= lift
    copyQuat(headAction.rotation, headRotation)
    sim.dispatch(headAction)
  }

  function sendHand(hand: Hand): void {
    const state = hands[hand]
    const sent = sentHands[hand]
    if (!state.tracked || (!changed(state.position, sent.position) && !turned(state.rotation, sent.rotation)))
      return
    copyVec(sent.position, state.position)
    copyQuat(sent.rotation, state.rotation)
    handAction.hand = hand
    copyVec(handAction.position, state.position)
    handAction.position.y -= lift
    copyQuat(handAction.rotation, state.rotation)
    sim.dispatch(handAction)
  }

  function place(input: VRFrameInput): void {
    if (input.head.tracked) {
      toWorld(input.head.position, head)
      toWorldRotation(input.head.rotation, headRotation)
    }
    placeHand(input.hands.left, hands.left)
    placeHand(input.hands.right, hands.right)
  }

  function placeHand(source: VRHandInput, view: VRHandView): void {
    view.tracked = source.tracked
    if (!source.tracked) return
    toWorld(source.position, view.position)
    toWorldRotation(source.rotation, view.rotation)
  }

  return {
    origin,
    get dominantHand() {
      return dominantHand
    },
    get locomotionHand() {
      return other(dominantHand)
    },
    get locomotion() {
      return locomotion
    },
    get vignette() {
      return vignette
    },
    teleport,
    get levelChanges() {
      return levelChanges
    },
    head,
    hands,
    setDominantHand(hand) {
      if (hand === dominantHand) return
      dominantHand = hand
      teleport.aiming = teleport.landed = teleport.valid = false
      // The pointer changes hands now; the next frame confirms it with the hands' tracking.
      setPointing(other(hand), false)
      setPointing(hand, hands[hand].tracked)
    },
    setLocomotion(mode) {
      locomotion = mode
      teleport.aiming = teleport.landed = teleport.valid = false
      vignette = 0
    },
    configure(changes) {
      if (changes.snapTurnDegrees !== undefined) snapTurn = (changes.snapTurnDegrees * Math.PI) / 180
      if (changes.smoothSpeed !== undefined) smoothSpeed = changes.smoothSpeed
      if (changes.maxVignette !== undefined) maxVignette = changes.maxVignette
      if (changes.teleportRange !== undefined) teleportRange = changes.teleportRange
    },
    update(input, seconds) {
      place(input)
      locomote(input, seconds)
      // Locomotion moved the origin: the hands move with it.
      place(input)
      sendHead()
      sendHand('left')
      buttons('left', input.hands.left)
      sendHand('right')
      buttons('right', input.hands.right)
    },
  }
}
