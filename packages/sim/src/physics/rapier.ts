// The core never imports Rapier's code, only its types: the app passes in the one module instance
// it loaded (two instances have two wasm memories, and their objects must never mix).
import type RapierModule from '@dimforge/rapier3d-compat'

/** The Rapier module (`@dimforge/rapier3d-compat`, resolved to its deterministic build), after `init()`. */
export type Rapier = typeof RapierModule

export type {
  World,
  RigidBody,
  Collider,
  ImpulseJoint,
  KinematicCharacterController,
  EventQueue,
} from '@dimforge/rapier3d-compat'
