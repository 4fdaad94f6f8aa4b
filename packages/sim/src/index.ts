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
} from './math/quaternion.ts'
export { type Random, createRandom } from './random/random.ts'
export {
  type AdvanceResult,
  type FixedStepDriver,
  type FixedStepDriverOptions,
  createFixedStepDriver,
} from './driver/fixed-step-driver.ts'
