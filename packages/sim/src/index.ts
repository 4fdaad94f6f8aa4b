export {
  sin,
  cos,
  atan,
  atan2,
  acos,
  exp,
  clamp,
  wrapAngle,
  degreesToRadians,
  PI,
  TAU,
  HALF_PI,
} from './math/scalar.ts'
export {
  type Vec3,
  vec3,
  add,
  sub,
  scale,
  dot,
  cross,
  length,
  distance,
  normalize,
  lerp,
} from './math/vector.ts'
export {
  type Quat,
  identity,
  fromAxisAngle,
  multiply,
  conjugate,
  rotate,
  twistAngle,
  angleBetween,
  normalizeQuat,
  fromUnitVectors,
} from './math/quaternion.ts'
export { type Random, createRandom } from './random/random.ts'
export {
  type AdvanceResult,
  type FixedStepDriver,
  type FixedStepDriverOptions,
  createFixedStepDriver,
  defaultMaxElapsed,
} from './driver/fixed-step-driver.ts'
export { quatFromEulerXYZ } from './math/euler.ts'
export type { Rapier } from './physics/rapier.ts'
export type {
  SceneSpec,
  ObjectSpec,
  JointSpec,
  ZoneSpec,
  ShapeSpec,
  BodySpec,
  TransformSpec,
  PhysicsSettings,
  MeshData,
  MotorSpec,
  Triple,
} from './physics/scene-spec.ts'
export { createPhysicsWorld, type PhysicsWorld, type ImpactRecord } from './physics/physics-world.ts'
export { createSim, type Sim, type SimOptions, type SimListener, type BodyPose } from './sim.ts'
export type { Action, ActionType, Hand, TimedAction } from './actions/action.ts'
export { quantiseAction, positionQuantum, rotationQuantum } from './actions/quantise.ts'
export type {
  SimEvent,
  SimEventType,
  Outcome,
  CompetencyResult,
  RejectionReason,
  EnergyState,
  CaseRecord,
} from './events/sim-event.ts'
export { recordedActions, type Recording } from './recording/recording.ts'
export { encodeActions, decodeActions } from './recording/action-codec.ts'
export { poseHashInterval } from './recording/checksum.ts'
export { runBot, defaultSpeeds, type BotRunOptions } from './bots/run-bot.ts'
export type { BotCommand } from './bots/bot-command.ts'
export { evaluateCondition, evaluateNumber } from './rules/evaluate.ts'
export type { Environment } from './rules/environment.ts'
export { createEnvironment } from './core/environment.ts'
export { attachTolerance } from './interactions/attach.ts'
export { handReach, distanceGrabRange } from './interactions/reach.ts'
export { defaultInteractionSettings, type InteractionSettings } from './interactions/interaction-settings.ts'
export { simVersion } from './version.ts'
export { replay, type ReplayResult, type ReplayOptions } from './recording/replay.ts'
export { readBotScript, type BotProblem, type BotPath } from './bots/read-bot-script.ts'
export { readGlb, loadMeshes } from './assets/read-glb.ts'
export { teleportRefusal, climbHeight, type TeleportRefusal } from './learner/climb.ts'
