// What the physics layer reads of a validated scenario (SI units, Y up). These are structural
// views of @practicum/scenario's validated types: the scenario's own objects are passed in.

export type Triple = readonly [number, number, number]

export interface TransformSpec {
  position: Triple
  /** Euler angles in radians, XYZ order. */
  rotation: Triple
  scale: Triple
}

export type ShapeSpec =
  | { kind: 'box'; size: Triple }
  | { kind: 'sphere'; radius: number }
  | { kind: 'cylinder'; radius: number; height: number }
  | { kind: 'capsule'; radius: number; height: number }
  | { kind: 'model'; asset: string; collider: 'hull' | 'trimesh' | 'box' }

export interface BodySpec {
  type: 'fixed' | 'dynamic' | 'kinematic'
  mass?: number
  friction: number
  restitution: number
}

export interface ObjectSpec {
  id: string
  transform: TransformSpec
  parent?: string
  shape: ShapeSpec
  body?: BodySpec
}

interface JointCommon {
  id: string
  a: string
  b: string
  anchor: Triple
}

export interface MotorSpec {
  targetVelocity: number
  /** Largest torque (hinge) or force (slider). */
  max: number
}

export type JointSpec =
  | (JointCommon & { kind: 'hinge'; axis: Triple; limits?: { min: number; max: number }; motor?: MotorSpec })
  | (JointCommon & { kind: 'slider'; axis: Triple; limits?: { min: number; max: number }; motor?: MotorSpec })
  | (JointCommon & { kind: 'fixed' })

export interface ZoneSpec {
  id: string
  shape: ShapeSpec
  transform: TransformSpec
  parent?: string
}

export interface PhysicsSettings {
  gravity: number
  timeStep: number
  solverIterations: number
}

/** Triangle meshes of glTF assets, by asset path, for `model` shapes (loaded by the caller). */
export interface MeshData {
  vertices: Float32Array
  indices: Uint32Array
}

export interface SceneSpec {
  physics: PhysicsSettings
  objects: readonly ObjectSpec[]
  joints: readonly JointSpec[]
  zones: readonly ZoneSpec[]
  meshes?: ReadonlyMap<string, MeshData>
  /**
   * Let resting bodies sleep (Rapier wakes them when something touches them, and the core wakes
   * what a hand drives). Sleeping is deterministic too; benchmarks measure both ways.
   * @defaultValue true
   */
  allowSleep?: boolean
  /**
   * Judge impacts (impulse and energy of contacts that begin). It costs a velocity read of every
   * awake body each step, so the core turns it on only when a hazard is judged by impact.
   * @defaultValue true
   */
  trackImpacts?: boolean
}
