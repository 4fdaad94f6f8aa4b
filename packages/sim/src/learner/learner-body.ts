import type { Quat } from '../math/quaternion.ts'
import { identity } from '../math/quaternion.ts'
import type { Vec3 } from '../math/vector.ts'
import type { Collider, KinematicCharacterController, Rapier, RigidBody, World } from '../physics/rapier.ts'

export interface LearnerBodySpec {
  /** Standing eye height, m. */
  height: number
  radius: number
  seatedOffset: number
  start: Vec3
}

/** Free-fall shorter than this is a stumble, not a fall. */
const fallReportThreshold = 0.3

/**
 * The learner as the core sees them: a capsule from the head down to the floor, moved by Rapier's
 * character controller (so walls and railings stop it and an edge lets it fall), with gravity.
 */
export interface LearnerBody {
  readonly body: RigidBody
  readonly collider: Collider
  head: { position: Vec3; rotation: Quat }
  /** Where the feet are (bottom of the capsule). */
  feet(): Vec3
  /** Centre of the capsule. */
  center(): Vec3
  grounded(): boolean
  /** True while the body is a dynamic body in a fall (see `release`). */
  readonly dynamic: boolean
  /** Moves towards the head's horizontal position, applying gravity; returns a finished fall's height. */
  step(dt: number, gravity: number): number | undefined
  /** Stands the body up again at `position` (feet); a falling body becomes kinematic again. */
  teleport(position: Vec3): void
  /** A fall starts: the kinematic body becomes a dynamic body of `mass` kg that keeps upright. */
  release(mass: number): void
  /** The fall is over: the body is moved by the character controller again, from where it is. */
  restore(): void
}

export function createLearnerBody(rapier: Rapier, world: World, spec: LearnerBodySpec): LearnerBody {
  const eyeHeight = spec.height
  const capsuleHeight = Math.max(eyeHeight + 0.1, 2 * spec.radius + 0.01)
  const halfHeight = capsuleHeight / 2 - spec.radius
  const body = world.createRigidBody(
    rapier.RigidBodyDesc.kinematicPositionBased().setTranslation(
      spec.start.x,
      spec.start.y + capsuleHeight / 2,
      spec.start.z,
    ),
  )
  const collider = world.createCollider(
    rapier.ColliderDesc.capsule(halfHeight, spec.radius).setActiveCollisionTypes(
      rapier.ActiveCollisionTypes.ALL,
    ),
    body,
  )
  const controller: KinematicCharacterController = world.createCharacterController(0.01)
  controller.enableSnapToGround(0.05)
  controller.setApplyImpulsesToDynamicBodies(true)

  let verticalSpeed = 0
  let isGrounded = true
  let fallTop: number | undefined
  let dynamic = false
  const head = {
    position: { x: spec.start.x, y: spec.start.y + eyeHeight, z: spec.start.z },
    rotation: identity(),
  }

  const center = (): Vec3 => body.translation()
  const feet = (): Vec3 => {
    const c = center()
    return { x: c.x, y: c.y - capsuleHeight / 2, z: c.z }
  }

  return {
    body,
    collider,
    head,
    feet,
    center,
    grounded: () => isGrounded,
    get dynamic() {
      return dynamic
    },
    step(dt, gravity) {
      if (dynamic) return undefined
      const c = center()
      const horizontal = Math.abs(head.position.x - c.x) + Math.abs(head.position.z - c.z)
      // Standing still on the ground: nothing to move, and no shape casts to pay for.
      if (isGrounded && horizontal < 1e-6) return undefined
      // On the ground, walk level (snap-to-ground follows small steps down); gravity acts only in the
      // air. Pushing into the floor every step would make the controller slide on it, at a cost.
      verticalSpeed = isGrounded ? 0 : verticalSpeed - gravity * dt
      const desired = { x: head.position.x - c.x, y: verticalSpeed * dt, z: head.position.z - c.z }
      controller.computeColliderMovement(collider, desired, rapier.QueryFilterFlags.EXCLUDE_SENSORS)
      const moved = controller.computedMovement()
      body.setNextKinematicTranslation({ x: c.x + moved.x, y: c.y + moved.y, z: c.z + moved.z })
      const wasGrounded = isGrounded
      isGrounded = controller.computedGrounded()
      if (isGrounded) verticalSpeed = 0
      const feetY = c.y + moved.y - capsuleHeight / 2
      if (wasGrounded && !isGrounded) fallTop = c.y - capsuleHeight / 2
      if (!wasGrounded && isGrounded && fallTop !== undefined) {
        const height = fallTop - feetY
        fallTop = undefined
        if (height > fallReportThreshold) return height
      }
      return undefined
    },
    teleport(position) {
      if (dynamic) restore()
      body.setTranslation({ x: position.x, y: position.y + capsuleHeight / 2, z: position.z }, true)
      head.position = { x: position.x, y: position.y + eyeHeight, z: position.z }
      verticalSpeed = 0
    },
    release(mass) {
      dynamic = true
      fallTop = undefined
      collider.setMass(mass)
      body.setBodyType(rapier.RigidBodyType.Dynamic, true)
      body.lockRotations(true, true)
      // Keeps walking off the edge at the pace the learner walked.
      const walked = body.linvel()
      body.setLinvel({ x: walked.x, y: verticalSpeed, z: walked.z }, true)
    },
    restore,
  }

  function restore(): void {
    dynamic = false
    body.setLinvel({ x: 0, y: 0, z: 0 }, false)
    body.setBodyType(rapier.RigidBodyType.KinematicPositionBased, true)
    verticalSpeed = 0
    isGrounded = true
  }
}
