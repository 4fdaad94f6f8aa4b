import { object, optional, s, withDefault } from '../kit/index.ts'
import { position } from './common.ts'
import { condition, numberExpression } from './expressions.ts'

/** The energy absorber of a connector: deploys at about a constant force, up to its extension. */
export const absorber = object('Absorber', {
  force: numberExpression.describe(
    'Force (N) at which the absorber deploys and which it holds while it tears (e.g. { param: absorberForce }).',
  ),
  extension: numberExpression.describe(
    'How far (m) the absorber can deploy; beyond it the line stops the body hard.',
  ),
}).describe('The energy absorber of a connector.')

/** A line between the harness and an anchorage: a lanyard on a hook, or a self-retracting lifeline. */
export const connector = object('Connector', {
  id: s.string().describe('Name of the connector in fall reports.'),
  hook: optional(
    s
      .ref('object')
      .describe(
        'The snap hook at the far end: the anchorage is the attach point it is locked onto when the fall starts.',
      ),
  ),
  anchor: optional(
    s
      .ref('object')
      .describe('A fixed anchorage object (a self-retracting lifeline on a beam), instead of a hook.'),
  ),
  length: numberExpression.describe(
    'Length (m) of the line from the harness point; for a retracting line, the travel before it locks.',
  ),
  retracting: withDefault(
    s
      .boolean()
      .describe(
        'A self-retracting lifeline: the line is taken up as the wearer moves and locks when the fall starts.',
      ),
    false,
  ),
  absorber: optional(absorber.describe('The energy absorber; without one the line stops the body hard.')),
  connectedWhen: condition.describe(
    "The line is on the harness's attachment point while this holds (the harness worn, the lifeline's hook clipped to the D-ring).",
  ),
}).describe('A fall-arrest connector.')

/** Who writes what a fall measured into which state variables. */
export const fallRecords = object('FallRecords', {
  freeFall: optional(
    s.ref('state').describe('Receives the free-fall distance (m) before a line took the load.'),
  ),
  deceleration: optional(
    s
      .ref('state')
      .describe('Receives the deceleration distance (m) from the line taking the load to the stop.'),
  ),
  force: optional(s.ref('state').describe('Receives the peak arresting force (N) on the body.')),
  landed: optional(
    s.ref('state').describe('Receives the height (m) of a fall that nothing arrested, when the body lands.'),
  ),
}).describe('State variables that receive what a fall measured (numbers in SI units).')

/**
 * Falls as physics: when the learner leaves the ground, the kinematic body becomes a dynamic body
 * of `mass` on a rope joint to each connected anchorage, arrested or not by the world itself.
 */
export const fallArrest = object('FallArrest', {
  mass: numberExpression.describe('Mass (kg) of the falling body: the worker with clothing and tools.'),
  harnessPoint: position().describe(
    "Where the lines attach on the body (the dorsal D-ring), relative to the body capsule's centre.",
  ),
  connectors: s.array(connector).describe('The lines that can arrest a fall.'),
  records: withDefault(fallRecords.describe('State variables that receive what a fall measured.'), {}),
}).describe(
  'Falls as physics: a dynamic body on the lines that are connected when the learner leaves the ground.',
)
