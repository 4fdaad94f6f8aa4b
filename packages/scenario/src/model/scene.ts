import { object, optional, s, withDefault } from '../kit/index.ts'
import { direction, position, textKey, transform } from './common.ts'
import { condition, numberExpression } from './expressions.ts'

const size = () =>
  s.tuple(
    s.quantity('length', { min: 0 }),
    s.quantity('length', { min: 0 }),
    s.quantity('length', { min: 0 }),
  )

/** The form of an object or a zone: a primitive or a glTF model. */
export const shape = s
  .tagged('Shape', 'kind', {
    box: object('Box', { size: size().describe('Full extents [x, y, z] (lengths).') }).describe('A box.'),
    sphere: object('Sphere', { radius: s.quantity('length', { min: 0 }).describe('Radius.') }).describe(
      'A sphere.',
    ),
    cylinder: object('Cylinder', {
      radius: s.quantity('length', { min: 0 }).describe('Radius.'),
      height: s.quantity('length', { min: 0 }).describe('Height along Y.'),
    }).describe('A cylinder along Y.'),
    capsule: object('Capsule', {
      radius: s.quantity('length', { min: 0 }).describe('Radius.'),
      height: s.quantity('length', { min: 0 }).describe('Length of the straight part along Y.'),
    }).describe('A capsule along Y.'),
    model: object('Model', {
      asset: s.asset('.glb', '.gltf').describe('The glTF file, relative to the scenario file.'),
      collider: withDefault(
        s.enum(['hull', 'trimesh', 'box']).describe('How physics approximates the model.'),
        'hull',
      ),
    }).describe('A glTF model.'),
  })
  .describe('A primitive shape or a glTF model.')

/** How an object takes part in physics. */
export const body = object('Body', {
  type: s
    .enum(['fixed', 'dynamic', 'kinematic'])
    .describe(
      'fixed: never moves; dynamic: moved by forces; kinematic: moved by the simulation or a joint motor.',
    ),
  mass: optional(
    s.quantity('mass', { min: 0 }).describe('Mass of a dynamic body; from density 1000 kg/m³ when left out.'),
  ),
  friction: withDefault(s.number({ min: 0 }).describe('Coefficient of friction.'), 0.5),
  restitution: withDefault(s.number({ min: 0, max: 1 }).describe('Bounciness, 0 to 1.'), 0),
}).describe('The physics body of an object.')

/**
 * How an object is drawn from the core's state: the renderer evaluates these with the core's own
 * evaluator whenever the core steps, so what the learner sees follows the simulation (a fire's
 * flames grow and shrink with their height) and no rule lives in the renderer.
 */
export const appearance = object('Appearance', {
  scale: optional(
    numberExpression.describe(
      'A plain number multiplying the drawn size of the shape (1: as authored); at or below 0 the object is not drawn. It changes the picture only, never the collider.',
    ),
  ),
  color: optional(
    s
      .string({ regex: '^#[0-9a-fA-F]{6}$', explain: 'a colour written #rrggbb' })
      .describe('The colour of a primitive shape, instead of the colour of its body kind.'),
  ),
}).describe('How the object is drawn: its size from the state, its colour.')

/** One thing in the scene. */
export const sceneObject = object('SceneObject', {
  id: s.id('object').describe('Unique id of the object.'),
  name: textKey(),
  transform: transform.describe('Where the object is.'),
  parent: optional(
    s.ref('object').describe('The object this one moves with; its transform is then relative to the parent.'),
  ),
  shape: shape.describe('Its form.'),
  body: optional(body.describe('Its physics body; none means visual only.')),
  appearance: optional(appearance),
  defect: optional(
    textKey().describe(
      'A visible defect the learner can find by inspecting (a cut webbing, a cracked fork).',
    ),
  ),
}).describe('An object of the scene.')

const jointParts = {
  id: s.id('joint').describe('Unique id of the joint.'),
  a: s.ref('object').describe('The first body (usually the fixed frame).'),
  b: s.ref('object').describe('The second body (the door, the valve handle, the lever).'),
  anchor: position().describe('Anchor point in the frame of body a.'),
}

/** A joint between two objects: doors, valves, levers, breakers, slides. */
export const joint = s
  .tagged('Joint', 'kind', {
    hinge: object('Hinge', {
      ...jointParts,
      axis: direction().describe('Rotation axis in the frame of body a.'),
      limits: optional(
        object('AngleLimits', {
          min: s.quantity('angle').describe('Lowest angle.'),
          max: s.quantity('angle').describe('Highest angle.'),
        }).describe('Angle limits of the hinge.'),
      ),
      motor: optional(
        object('AngularMotor', {
          targetVelocity: s.quantity('angularVelocity').describe('Speed the motor drives at.'),
          maxTorque: s.quantity('torque', { min: 0 }).describe('Largest torque the motor applies.'),
          enabledWhen: withDefault(condition.describe('The motor runs while this holds.'), true),
        }).describe('A motor driving the hinge (a flywheel, a conveyor roller).'),
      ),
    }).describe('A hinge: rotation about an axis.'),
    slider: object('Slider', {
      ...jointParts,
      axis: direction().describe('Sliding axis in the frame of body a.'),
      limits: optional(
        object('LengthLimits', {
          min: s.quantity('length').describe('Lowest travel.'),
          max: s.quantity('length').describe('Highest travel.'),
        }).describe('Travel limits of the slider.'),
      ),
      motor: optional(
        object('LinearMotor', {
          targetVelocity: s.quantity('velocity').describe('Speed the motor drives at.'),
          maxForce: s.quantity('force', { min: 0 }).describe('Largest force the motor applies.'),
          enabledWhen: withDefault(condition.describe('The motor runs while this holds.'), true),
        }).describe('A motor driving the slider (a press ram, a lift).'),
      ),
    }).describe('A slider: translation along an axis.'),
    fixed: object('FixedJoint', { ...jointParts }).describe('A rigid connection.'),
  })
  .describe('A joint between two objects.')

/** A sensor volume: detects the learner, people and objects; used by conditions and hazards. */
export const zone = object('Zone', {
  id: s.id('zone').describe('Unique id of the zone.'),
  name: optional(textKey()),
  shape: shape.describe('The volume (a primitive; models are approximated by their hull).'),
  transform: transform.describe('Where the zone is.'),
  parent: optional(s.ref('object').describe('The object the zone moves with.')),
}).describe('A sensor zone.')

/** World settings for the deterministic physics. */
export const physics = object('Physics', {
  gravity: withDefault(s.quantity('acceleration').describe('Gravity, pointing down (−Y).'), 9.80665),
  timeStep: withDefault(
    s.quantity('time', { min: 0.001, max: 0.1 }).describe('Fixed simulation step.'),
    1 / 90,
  ),
  solverIterations: withDefault(
    s.number({ integer: true, min: 1, max: 64 }).describe('Solver iterations per step.'),
    8,
  ),
}).describe('Physics world settings (the core sets them on its own Rapier world).')
