import { quatFromEulerXYZ } from '../math/euler.ts'
import { conjugate, multiply, rotate, twistAngle, type Quat } from '../math/quaternion.ts'
import { add, dot, normalize, sub, type Vec3 } from '../math/vector.ts'
import { colliderDesc } from './collider-desc.ts'
import type { Collider, EventQueue, ImpulseJoint, Rapier, RigidBody, World } from './rapier.ts'
import type { JointSpec, ObjectSpec, SceneSpec, Triple } from './scene-spec.ts'

const vec = (t: Triple): Vec3 => ({ x: t[0], y: t[1], z: t[2] })

/** Steps over which an impact's change of momentum is measured (67 ms at 90 Hz). */
const impactWindowSteps = 6

/** Angular damping of jointed bodies (1/s): valve stems, levers and breakers stop when let go (coasting < 0.05 rad). */
const jointDamping = 40

/** Hinge and slider joints: what the core sets on them after creation. */
interface UnitJoint {
  setLimits(min: number, max: number): void
  configureMotorVelocity(velocity: number, factor: number): void
}

interface BuiltJoint {
  spec: JointSpec
  joint: ImpulseJoint
  /** Rotation of b relative to a when the joint was made: angle 0. */
  rest: Quat
  axisInA: Vec3
}

/** A contact that began this step, with how hard it was (for impact hazards). */
export interface ImpactRecord {
  a: string
  b: string
  /** Change of momentum of the moving body, N·s: independent of the step size. */
  impulse: number
  /** Kinetic energy of the relative motion at contact, J. */
  energy: number
}

export interface PhysicsWorld {
  readonly world: World
  /** Object ids in scenario order, for those that have a body. */
  readonly bodyIds: readonly string[]
  body(id: string): RigidBody | undefined
  collider(id: string): Collider | undefined
  colliderOwner(collider: Collider): string | undefined
  /** Names a collider made outside the scene (the learner's body) in impacts and ray hits. */
  registerOwner(collider: Collider, id: string): void
  /** The hinge or slider that holds this body, if any, with its axis in world space now. */
  jointOfBody(id: string): { joint: string; kind: 'hinge' | 'slider'; axis: Vec3 } | undefined
  /** Locks `object` onto `target` where it is now (a lock on a hasp). */
  attach(object: string, target: string): ImpulseJoint
  detach(joint: ImpulseJoint): void
  zoneCollider(id: string): Collider | undefined
  /** The hinge angle (radians from where it was built) or slider travel (metres). */
  jointValue(id: string): number
  jointAnchorGap(id: string): number
  setMotor(id: string, enabled: boolean): void
  /**
   * Notes every body's velocity before anything of this step moves it (the learner's character
   * controller pushes what it touches before the world steps), for judging impacts.
   */
  beginStep(): void
  /** Steps the world once; returns the impacts whose measuring window closed, with impulse and energy. */
  step(): ImpactRecord[]
  dispose(): void
}

function worldPose(
  objects: ReadonlyMap<string, ObjectSpec>,
  spec: ObjectSpec,
): { position: Vec3; rotation: Quat } {
  const local = {
    position: vec(spec.transform.position),
    rotation: quatFromEulerXYZ(spec.transform.rotation),
  }
  if (!spec.parent) return local
  const parentSpec = objects.get(spec.parent)
  if (!parentSpec) return local
  const parent = worldPose(objects, parentSpec)
  return {
    position: add(parent.position, rotate(parent.rotation, local.position)),
    rotation: multiply(parent.rotation, local.rotation),
  }
}

/**
 * Makes the core's own Rapier world from scene data: gravity, time step and solver settings
 * first, then bodies and colliders in scenario order, then joints, then sensor zones.
 */
export function createPhysicsWorld(rapier: Rapier, scene: SceneSpec): PhysicsWorld {
  const world = new rapier.World({ x: 0, y: -scene.physics.gravity, z: 0 })
  world.timestep = scene.physics.timeStep
  world.integrationParameters.numSolverIterations = scene.physics.solverIterations
  const events: EventQueue = new rapier.EventQueue(true)

  const specs = new Map(scene.objects.map((object) => [object.id, object]))
  const bodies = new Map<string, RigidBody>()
  const colliders = new Map<string, Collider>()
  const owners = new Map<number, string>()
  const bodyIds: string[] = []

  for (const [index, spec] of scene.objects.entries()) {
    const where = `scene.objects[${index}] (${spec.id})`
    const pose = worldPose(specs, spec)
    const shape = colliderDesc(rapier, spec.shape, spec.transform.scale, scene.meshes, where)
    if (spec.body) {
      const desc =
        spec.body.type === 'dynamic'
          ? rapier.RigidBodyDesc.dynamic()
          : spec.body.type === 'kinematic'
            ? rapier.RigidBodyDesc.kinematicPositionBased()
            : rapier.RigidBodyDesc.fixed()
      desc
        .setTranslation(pose.position.x, pose.position.y, pose.position.z)
        .setRotation(pose.rotation)
        .setCanSleep(scene.allowSleep ?? true)
      const body = world.createRigidBody(desc)
      shape.setFriction(spec.body.friction).setRestitution(spec.body.restitution)
      if (spec.body.mass !== undefined) shape.setMass(spec.body.mass)
      shape.setActiveEvents(rapier.ActiveEvents.COLLISION_EVENTS)
      const collider = world.createCollider(shape, body)
      bodies.set(spec.id, body)
      colliders.set(spec.id, collider)
      owners.set(collider.handle, spec.id)
      bodyIds.push(spec.id)
    }
  }

  const joints = new Map<string, BuiltJoint>()
  for (const spec of scene.joints) {
    const a = bodies.get(spec.a)
    const b = bodies.get(spec.b)
    if (!a || !b) throw new Error(`joint ${spec.id}: both ${spec.a} and ${spec.b} need a physics body`)
    const qa = a.rotation()
    const qb = b.rotation()
    const pa = a.translation()
    const pb = b.translation()
    const anchorWorld = add(pa, rotate(qa, vec(spec.anchor)))
    const anchorB = rotate(conjugate(qb), sub(anchorWorld, pb))
    const axisInA = spec.kind === 'fixed' ? { x: 0, y: 1, z: 0 } : normalize(vec(spec.axis))
    const data =
      spec.kind === 'hinge'
        ? rapier.JointData.revolute(vec(spec.anchor), anchorB, axisInA)
        : spec.kind === 'slider'
          ? rapier.JointData.prismatic(vec(spec.anchor), anchorB, axisInA)
          : rapier.JointData.fixed(
              vec(spec.anchor),
              { x: 0, y: 0, z: 0, w: 1 },
              anchorB,
              multiply(conjugate(qb), qa),
            )
    const joint = world.createImpulseJoint(data, a, b, true)
    // Limits set on JointData before creation are ignored by this build (checked): set them on the joint.
    if (spec.kind !== 'fixed' && spec.limits)
      (joint as unknown as UnitJoint).setLimits(spec.limits.min, spec.limits.max)
    // Valves, levers and doors have bearing friction: a released wheel comes to rest.
    if (spec.kind !== 'fixed') b.setAngularDamping(jointDamping)
    joints.set(spec.id, { spec, joint, rest: multiply(conjugate(qa), qb), axisInA })
  }

  const zones = new Map<string, Collider>()
  for (const [index, zone] of scene.zones.entries()) {
    const where = `scene.zones[${index}] (${zone.id})`
    const parent = zone.parent ? bodies.get(zone.parent) : undefined
    const desc = colliderDesc(rapier, zone.shape, zone.transform.scale, scene.meshes, where)
      .setSensor(true)
      .setActiveCollisionTypes(rapier.ActiveCollisionTypes.ALL)
      .setTranslation(...zone.transform.position)
      .setRotation(quatFromEulerXYZ(zone.transform.rotation))
    zones.set(zone.id, world.createCollider(desc, parent))
  }

  function jointValue(id: string): number {
    const built = joints.get(id)
    if (!built) throw new Error(`unknown joint "${id}"`)
    const a = built.joint.body1()
    const b = built.joint.body2()
    if (built.spec.kind === 'slider') {
      const anchorA = add(a.translation(), rotate(a.rotation(), vec(built.spec.anchor)))
      return dot(sub(b.translation(), anchorA), rotate(a.rotation(), built.axisInA)) - restOffset(built)
    }
    const relative = multiply(conjugate(a.rotation()), b.rotation())
    return twistAngle(multiply(conjugate(built.rest), relative), built.axisInA)
  }

  const restOffsets = new Map<string, number>()
  function restOffset(built: BuiltJoint): number {
    return restOffsets.get(built.spec.id) ?? 0
  }
  for (const built of joints.values()) {
    if (built.spec.kind === 'slider') restOffsets.set(built.spec.id, jointValue(built.spec.id))
  }

  function jointAnchorGap(id: string): number {
    const built = joints.get(id)
    if (!built) throw new Error(`unknown joint "${id}"`)
    const a = built.joint.body1()
    const b = built.joint.body2()
    const fromA = add(a.translation(), rotate(a.rotation(), built.joint.anchor1()))
    const fromB = add(b.translation(), rotate(b.rotation(), built.joint.anchor2()))
    const gap = sub(fromA, fromB)
    return Math.sqrt(dot(gap, gap))
  }

  function setMotor(id: string, enabled: boolean): void {
    const built = joints.get(id)
    if (!built || built.spec.kind === 'fixed' || !built.spec.motor) return
    ;(built.joint as unknown as UnitJoint).configureMotorVelocity(
      enabled ? built.spec.motor.targetVelocity : 0,
      enabled ? built.spec.motor.max : 0,
    )
  }
  for (const spec of scene.joints) setMotor(spec.id, true)

  // An impact is judged over a short window after contact begins: the collision event comes at
  // the first touching step, before the solver has stopped the body, so one step's change of
  // momentum would understate it. The window's largest change of velocity × mass is the impulse.
  const previousVelocity = new Map<string, Vec3>()
  interface OpenImpact {
    a: string
    b: string
    stepsLeft: number
    /** Per dynamic body: velocity before contact and the largest change since. */
    bodies: { id: string; before: Vec3; mass: number; largest: number }[]
  }
  let open: OpenImpact[] = []

  const trackImpacts = scene.trackImpacts ?? true
  function beginStep(): void {
    if (!trackImpacts) return
    for (const id of bodyIds) {
      const body = bodies.get(id)!
      if (body.isDynamic() && !body.isSleeping()) previousVelocity.set(id, body.linvel())
    }
  }

  function step(): ImpactRecord[] {
    world.step(events)
    if (!trackImpacts) {
      events.clear()
      return []
    }
    events.drainCollisionEvents((handle1, handle2, started) => {
      if (!started) return
      const a = owners.get(handle1)
      const b = owners.get(handle2)
      if (!a || !b) return
      const moving = [a, b].flatMap((id) => {
        const body = bodies.get(id)
        const before = previousVelocity.get(id)
        return body?.isDynamic() && before ? [{ id, before, mass: body.mass(), largest: 0 }] : []
      })
      open.push({ a, b, stepsLeft: impactWindowSteps, bodies: moving })
    })
    const finished: ImpactRecord[] = []
    for (const impact of open) {
      for (const entry of impact.bodies) {
        const change = sub(bodies.get(entry.id)!.linvel(), entry.before)
        entry.largest = Math.max(entry.largest, Math.sqrt(dot(change, change)))
      }
      if (--impact.stepsLeft > 0) continue
      finished.push({
        a: impact.a,
        b: impact.b,
        impulse: Math.max(0, ...impact.bodies.map((entry) => entry.mass * entry.largest)),
        energy: Math.max(
          0,
          ...impact.bodies.map((entry) => 0.5 * entry.mass * dot(entry.before, entry.before)),
        ),
      })
    }
    open = open.filter((impact) => impact.stepsLeft > 0)
    return finished
  }

  function jointOfBody(id: string): { joint: string; kind: 'hinge' | 'slider'; axis: Vec3 } | undefined {
    for (const built of joints.values()) {
      if (built.spec.b !== id || built.spec.kind === 'fixed') continue
      return {
        joint: built.spec.id,
        kind: built.spec.kind,
        axis: rotate(built.joint.body1().rotation(), built.axisInA),
      }
    }
    return undefined
  }

  function attach(object: string, target: string): ImpulseJoint {
    const a = bodies.get(target)
    const b = bodies.get(object)
    if (!a || !b) throw new Error(`cannot attach ${object} to ${target}: both need a physics body`)
    const qa = a.rotation()
    const anchorA = rotate(conjugate(qa), sub(b.translation(), a.translation()))
    const data = rapier.JointData.fixed(
      anchorA,
      multiply(conjugate(qa), b.rotation()),
      { x: 0, y: 0, z: 0 },
      { x: 0, y: 0, z: 0, w: 1 },
    )
    return world.createImpulseJoint(data, a, b, true)
  }

  return {
    world,
    bodyIds,
    body: (id) => bodies.get(id),
    collider: (id) => colliders.get(id),
    jointOfBody,
    attach,
    detach: (joint) => world.removeImpulseJoint(joint, true),
    colliderOwner: (collider) => owners.get(collider.handle),
    registerOwner: (collider, id) => {
      owners.set(collider.handle, id)
      collider.setActiveEvents(rapier.ActiveEvents.COLLISION_EVENTS)
    },
    zoneCollider: (id) => zones.get(id),
    jointValue,
    jointAnchorGap,
    setMotor,
    beginStep,
    step,
    dispose() {
      events.free()
      world.free()
    },
  }
}
