import type { Hand, Quat, Sim, Vec3 } from '@practicum/sim'
import {
  add,
  clamp,
  defaultMaxElapsed,
  fromAxisAngle,
  multiply,
  rotate,
  scale,
  teleportRefusal,
} from '@practicum/sim'
import { distance } from '@practicum/sim'
import { createCarryPath } from './carry-path.ts'
import type { HeldIntent, PressIntent } from './key-bindings.ts'

export interface DesktopRigOptions {
  /** The hand the keyboard and mouse move. @defaultValue 'right' */
  hand?: Hand
  /** Walking speed, m/s. @defaultValue 1.2 */
  walkSpeed?: number
  /** Turning speed, rad/s. @defaultValue 1.5 */
  turnSpeed?: number
  /** Hand speed, m/s. @defaultValue 0.5 */
  handSpeed?: number
}

/**
 * A desktop learner's head and one hand, turned into the core's head, hand, grip, trigger and
 * point actions. Framework-free: keys, the mouse and the accessible DOM list all drive it.
 */
export interface DesktopRig {
  readonly hand: Hand
  /** Head position, world space. */
  readonly head: Readonly<Vec3>
  readonly yaw: number
  readonly pitch: number
  readonly headRotation: Quat
  /** The hand in world space. */
  handPosition(): Vec3
  /** The hand in world space, written into `target` (no allocation: for frame code). */
  handPositionInto(target: Vec3): void
  readonly grip: boolean
  readonly trigger: boolean
  hold(intent: HeldIntent, held: boolean): void
  /** A press intent's key went down (`true`) or up; grip and point toggle on the way down. */
  press(intent: PressIntent, down: boolean): void
  /** Turns the view by a mouse drag, in radians. */
  look(deltaYaw: number, deltaPitch: number): void
  /**
   * Turns the view to an object's centre where the core has it now (the keyboard-only way to aim:
   * the hand, converging on what the view rests on, points a held nozzle there too).
   */
  lookAt(objectId: string): void
  /**
   * Puts the hand on an object where the core has it now (a click, or the keyboard-only list); stops
   * a walk. Empty, the hand is there at once; holding something, it first lifts it clear of what
   * stands beside it, then carries it there (`createCarryPath`; so do `rest`, `face` and `body`).
   */
  reach(objectId: string): void
  /** Brings the hand back to where it started, in front of the body (to set down what it holds). */
  rest(): void
  /** Brings the hand before the eyes, to put on or take off what is worn on the head (goggles, a mask). */
  face(): void
  /**
   * Brings the hand before the body's centre, at its height, to put on what is worn on the body
   * (a harness, an apron) or clip something to it.
   */
  body(): void
  /** The hand's twist about its forward axis, radians (counter-clockwise as the learner sees it). */
  readonly twistAngle: number
  /** Twists the hand by `radians` at the turning speed, over the next updates (a valve's handle). */
  twist(radians: number): void
  /** Walks the learner to `target` (its height ignored) at the walking speed, over the next updates. */
  walkTo(target: Readonly<Vec3>): void
  /**
   * Climbs to `feet` on another level (a ladder to a scaffold deck): the core stands the learner
   * there (a `teleport`, the learner's own locomotion in VR) and the hand comes along; stops a walk.
   */
  teleport(feet: Readonly<Vec3>): void
  /** True while a `twist`, a `walkTo` or a carry is under way. */
  readonly moving: boolean
  /**
   * Called when grip or trigger changes, whatever pressed it (a key, the mouse, a touch or the
   * mirror), so their buttons show the state; returns the unsubscribe function.
   */
  subscribe(listener: () => void): () => void
  /**
   * Integrates the held intents over `realSeconds` of the frame (walking, the hand and twists at the
   * core's `speed`) and sends the core what changed.
   */
  update(realSeconds: number): void
}

const up: Vec3 = { x: 0, y: 1, z: 0 }
const side: Vec3 = { x: 1, y: 0, z: 0 }
// The hand's forward axis is −Z, as for three's cameras; a twist turns about it.
const forwardAxis: Vec3 = { x: 0, y: 0, z: 1 }
const maxPitch = 1.4
/** What the view's centre rests on beyond this, m, or nothing: the hand aims this far along the view. */
const farAim = 20
/** Closer than this to the point it looks at, m, the hand takes the view's direction as it is. */
const minAimDistance = 0.3
/** How far past the learner's radius the resting hand stands, m: room for a held object's half-width. */
const restClearance = 0.3
/** How far before the learner's body the hand stands when brought to it, m (the core wears body items within 60 cm of its centre). */
const bodyClearance = 0.1
/** How close the lifted body must come to where the hand holds it before the carry goes on, m. */
const liftTolerance = 0.02
/** The most core steps a carry waits for a lifted body that something blocks. */
const maxLiftWait = 45

export function createDesktopRig(sim: Sim, options: DesktopRigOptions = {}): DesktopRig {
  const hand = options.hand ?? 'right'
  const walkSpeed = options.walkSpeed ?? 1.2
  const turnSpeed = options.turnSpeed ?? 1.5
  const handSpeed = options.handSpeed ?? 0.5
  const ctx = sim.context
  const head = { ...ctx.learner.head.position }
  let yaw = 0
  let pitch = 0
  // The hand is held in the frame of the head's yaw, so walking and turning carry it along.
  const start = ctx.hands[hand].position
  // At rest the hand stands far enough before the body that what it holds (an extinguisher, a
  // toolbox) clears the learner's collider: touching it, the core's held body would be pushed off
  // its pose and so off its aim.
  const clear = -(sim.scenario.learner.radius + restClearance)
  const offset = { x: start.x - head.x, y: start.y - head.y, z: Math.min(start.z - head.z, clear) }
  const restOffset = { ...offset }
  // 15 cm before the eyes, well within the core's reach for head-worn items (30 cm).
  const faceOffset = { x: 0, y: -0.05, z: -0.15 }
  let roll = 0
  let twistLeft = 0
  let walkGoal: { x: number; z: number } | undefined
  const held = new Set<HeldIntent>()
  let grip = false
  const listeners = new Set<() => void>()
  let trigger = false
  let point = false
  // Seated play: the core raises what it receives by the seated offset, so the rig, which works in
  // the world's heights, sends poses lowered by it.
  const lift = ctx.seated ? sim.scenario.learner.seatedOffset : 0
  let headDirty = true
  let handDirty = true
  const carry = createCarryPath()
  // The step the core lifts a carried object at (−1: the lift not sent yet).
  let liftAt = -1

  const yawRotation = () => fromAxisAngle(up, yaw)
  const headRotationOf = () => multiply(yawRotation(), fromAxisAngle(side, pitch))
  // Kept until the view turns: the camera reads it every frame.
  let currentHeadRotation = headRotationOf()
  const handPosition = () => add(head, rotate(yawRotation(), offset))
  // The hand turns with the whole view, pitch too; holding a tool that casts a ray, it converges on
  // what the view's centre rests on, so the tool (a nozzle) points where the learner looks, not beside it.
  const handRotation = () => {
    const held = heldBody()
    if (!held) return multiply(currentHeadRotation, fromAxisAngle(forwardAxis, roll))
    const from = handPosition()
    const target = lookPoint(sim, head, currentHeadRotation, held)
    const dx = target.x - from.x
    const dy = target.y - from.y
    const dz = target.z - from.z
    const flat = Math.sqrt(dx * dx + dz * dz)
    // Nearly on what it looks at (the hand reached it): the view's own direction.
    const aim =
      flat * flat + dy * dy < minAimDistance * minAimDistance
        ? currentHeadRotation
        : multiply(fromAxisAngle(up, Math.atan2(-dx, -dz)), fromAxisAngle(side, Math.atan2(dy, flat)))
    return multiply(aim, fromAxisAngle(forwardAxis, roll))
  }
  // Only a held tool the scenario casts a ray from (`rayHits`: a nozzle) aims; anything else carried
  // (a boom, a lock, a bag of absorbent) and a hand on a joint (a valve's handle) turn as the view does.
  const tools = rayCasters(sim.scenario)
  const heldBody = () => {
    const hold = ctx.hands[hand].hold
    return hold?.kind === 'free' && tools.has(hold.object) ? ctx.physics.body(hold.object) : undefined
  }
  const axis = (plus: HeldIntent, minus: HeldIntent) => (held.has(plus) ? 1 : 0) - (held.has(minus) ? 1 : 0)
  // Holding a free object, the hand carries it over a path; otherwise it is there at once.
  const moveHand = (to: Readonly<Vec3>) => {
    carry.stop()
    liftAt = -1
    if (ctx.hands[hand].hold?.kind === 'free') carry.start(offset, to)
    else Object.assign(offset, to)
    handDirty = true
  }
  // True once the held body has come to where the hand holds it (or holds nothing to wait for).
  const heldAtHand = () => {
    const state = ctx.hands[hand]
    const hold = state.hold
    const body = hold?.kind === 'free' ? ctx.physics.body(hold.object) : undefined
    if (!hold || hold.kind !== 'free' || !body) return true
    return (
      distance(body.translation(), add(state.position, rotate(state.rotation, hold.offset))) < liftTolerance
    )
  }
  // The carry goes on once the core has applied the lift and the held body has caught up.
  const lifted = () =>
    liftAt >= 0 && sim.stepIndex > liftAt && (sim.stepIndex - liftAt >= maxLiftWait || heldAtHand())

  return {
    hand,
    head,
    get yaw() {
      return yaw
    },
    get pitch() {
      return pitch
    },
    get headRotation() {
      return currentHeadRotation
    },
    handPosition,
    handPositionInto(target) {
      // The yaw rotation about Y, written out: this runs every frame for the hand marker.
      const c = Math.cos(yaw)
      const s = Math.sin(yaw)
      target.x = head.x + c * offset.x + s * offset.z
      target.y = head.y + offset.y
      target.z = head.z - s * offset.x + c * offset.z
    },
    get grip() {
      return grip
    },
    get trigger() {
      return trigger
    },
    hold(intent, isHeld) {
      if (isHeld) held.add(intent)
      else held.delete(intent)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    press(intent, down) {
      if (intent === 'trigger') {
        if (trigger === down) return
        trigger = down
        sim.dispatch({ type: 'trigger', hand, pressed: down })
        for (const listener of listeners) listener()
      } else if (down && intent === 'grip') {
        grip = !grip
        sim.dispatch({ type: 'grip', hand, pressed: grip })
        for (const listener of listeners) listener()
      } else if (down && intent === 'point') {
        point = !point
        sim.dispatch({ type: 'point', hand, on: point })
      }
    },
    look(deltaYaw, deltaPitch) {
      yaw += deltaYaw
      pitch = clamp(pitch + deltaPitch, -maxPitch, maxPitch)
      currentHeadRotation = headRotationOf()
      headDirty = handDirty = true
    },
    lookAt(objectId) {
      const target = objectPosition(sim, objectId)
      if (!target) return
      const dx = target.x - head.x
      const dz = target.z - head.z
      yaw = Math.atan2(-dx, -dz)
      pitch = clamp(Math.atan2(target.y - head.y, Math.sqrt(dx * dx + dz * dz)), -maxPitch, maxPitch)
      currentHeadRotation = headRotationOf()
      headDirty = handDirty = true
    },
    reach(objectId) {
      const target = objectPosition(sim, objectId)
      if (!target) return
      const local = rotate(fromAxisAngle(up, -yaw), {
        x: target.x - head.x,
        y: target.y - head.y,
        z: target.z - head.z,
      })
      moveHand(local)
      // Reaching stops a walk, or the walk would carry the hand away from what it reached.
      walkGoal = undefined
    },
    rest() {
      moveHand(restOffset)
    },
    face() {
      moveHand(faceOffset)
    },
    body() {
      // The body's centre is the core's (its collider's), below the eyes; the hand stands just before it.
      moveHand({
        x: 0,
        y: ctx.learner.center().y - ctx.learner.head.position.y,
        z: -(sim.scenario.learner.radius + bodyClearance),
      })
    },
    get twistAngle() {
      return roll
    },
    twist(radians) {
      twistLeft += radians
    },
    walkTo(target) {
      walkGoal = { x: target.x, z: target.z }
    },
    teleport(feet) {
      walkGoal = undefined
      // The core decides: a climb it refuses (no ladder from here, a hand full) is still asked, so
      // the attempt records it, but the view stays where the body does.
      const refused = teleportRefusal(ctx, feet) !== undefined
      sim.dispatch({ type: 'teleport', position: { x: feet.x, y: feet.y, z: feet.z } })
      if (refused) return
      head.x = feet.x
      head.y = feet.y + sim.scenario.learner.height
      head.z = feet.z
      headDirty = handDirty = true
    },
    get moving() {
      return walkGoal !== undefined || twistLeft !== 0 || carry.active
    },
    update(realSeconds) {
      // The view turns in real time; the body and the hand move in the core's time, so at
      // `speed` N a walk takes the same core steps as at 1 whatever the frame rate. A frame the
      // core's driver clamps (a slow page, a tab in the background) moves them no further either.
      const seconds = Math.min(realSeconds, defaultMaxElapsed) * sim.speed
      const turn = axis('turnLeft', 'turnRight')
      const lookUp = axis('lookUp', 'lookDown')
      if (turn || lookUp) {
        yaw += turn * turnSpeed * realSeconds
        pitch = clamp(pitch + lookUp * turnSpeed * realSeconds, -maxPitch, maxPitch)
        currentHeadRotation = headRotationOf()
        headDirty = handDirty = true
      }
      const forward = axis('forward', 'back')
      const strafe = axis('right', 'left')
      if (forward || strafe) {
        // Forward is −Z at yaw 0, as for three's cameras; a diagonal walks no faster.
        const step = rotate(yawRotation(), { x: strafe, y: 0, z: -forward })
        const stride = (walkSpeed * seconds) / Math.hypot(forward, strafe)
        head.x += step.x * stride
        head.z += step.z * stride
        headDirty = handDirty = true
      }
      if (walkGoal) {
        const dx = walkGoal.x - head.x
        const dz = walkGoal.z - head.z
        const remaining = Math.sqrt(dx * dx + dz * dz)
        const stride = walkSpeed * seconds
        const share = remaining <= stride ? 1 : stride / remaining
        head.x += dx * share
        head.z += dz * share
        if (share === 1) walkGoal = undefined
        headDirty = handDirty = true
      }
      const twisting = axis('twistLeft', 'twistRight')
      if (twisting || twistLeft) {
        let by = twisting * turnSpeed * seconds
        if (twistLeft) {
          const most = turnSpeed * seconds
          const part = Math.abs(twistLeft) <= most ? twistLeft : Math.sign(twistLeft) * most
          twistLeft -= part
          by += part
        }
        roll += by
        handDirty = true
      }
      const handForward = axis('handForward', 'handBack')
      const handSide = axis('handRight', 'handLeft')
      const handUp = axis('handUp', 'handDown')
      if (handForward || handSide || handUp) {
        // The learner's own keys take the hand over from a carry.
        carry.stop()
        offset.x += handSide * handSpeed * seconds
        offset.y += handUp * handSpeed * seconds
        offset.z -= handForward * handSpeed * seconds
        handDirty = true
      }
      if (carry.active && lifted()) {
        carry.go(offset)
        handDirty = true
      }
      if (headDirty) {
        const position = { x: head.x, y: head.y - lift, z: head.z }
        sim.dispatch({ type: 'head', position, rotation: currentHeadRotation })
      }
      if (handDirty) {
        const position = handPosition()
        position.y -= lift
        sim.dispatch({ type: 'hand', hand, position, rotation: handRotation() })
        if (carry.active && liftAt < 0) liftAt = sim.stepIndex
      }
      headDirty = handDirty = false
    },
  }
}

/** The objects some condition of the scenario casts a ray from (`rayHits.from`). */
function rayCasters(scenario: Sim['scenario']): Set<string> {
  const found = new Set<string>()
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(item)
    else if (value !== null && typeof value === 'object') {
      const rayHits = (value as { rayHits?: { from?: unknown } }).rayHits
      if (typeof rayHits?.from === 'string') found.add(rayHits.from)
      for (const item of Object.values(value)) visit(item)
    }
  }
  visit(scenario)
  return found
}

type CoreBody = NonNullable<ReturnType<Sim['context']['physics']['body']>>

/** Where the view's centre rests: the first solid thing the line of sight hits in the core's world. */
function lookPoint(sim: Sim, head: Readonly<Vec3>, rotation: Quat, held: CoreBody): Vec3 {
  const ctx = sim.context
  const forward = rotate(rotation, { x: 0, y: 0, z: -1 })
  const ray = new ctx.rapier.Ray(head, forward)
  // The learner's own body and what the hand holds never block the view.
  const hit = ctx.physics.world.castRay(
    ray,
    farAim,
    true,
    undefined,
    undefined,
    ctx.learner.collider,
    held,
    (collider) => !collider.isSensor(),
  )
  return add(head, scale(forward, hit ? hit.timeOfImpact : farAim))
}

/** An object's centre where the core has it now, or where the scenario puts it (a body-less decoration). */
function objectPosition(sim: Sim, objectId: string): Vec3 | undefined {
  const pose = sim.poses().find((candidate) => candidate.id === objectId)
  const object = sim.scenario.objects.find((candidate) => candidate.id === objectId)
  return pose?.position ?? (object ? arrayToVec(object.transform.position) : undefined)
}

function arrayToVec([x, y, z]: readonly [number, number, number]): Vec3 {
  return { x, y, z }
}
