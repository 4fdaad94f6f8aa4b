import { object, optional, s } from '../kit/index.ts'
import { direction, subject, textKey } from './common.ts'
import { condition } from './expressions.ts'

/** Where a hazard acts. */
export const hazardArea = s
  .keyed('HazardArea', {
    zone: s.ref('zone').describe('Inside a sensor zone.'),
    proximity: object('Proximity', {
      source: subject(),
      within: s.quantity('length', { min: 0 }).describe('Closer than this distance.'),
    }).describe('Near a source.'),
    lineOfFire: object('LineOfFire', {
      source: s.ref('object').describe('Where the release starts (a spring, a ram, a hose end).'),
      direction: direction().describe("Which way it goes, in the source's frame."),
      length: s.quantity('length', { min: 0 }).describe('How far it reaches.'),
      radius: s.quantity('length', { min: 0 }).describe('Radius of the cylinder of danger.'),
    }).describe('In the path of a release of energy (a cylinder from the source).'),
  })
  .describe('Where the hazard acts.')

/** What counts as exposure. */
export const exposure = s
  .tagged('Exposure', 'kind', {
    enter: object('EnterExposure', {}).describe('Entering the area while live.'),
    touch: object('TouchExposure', {
      object: s.ref('object').describe('Touching this object while live.'),
    }).describe('Touching an object.'),
    stay: object('StayExposure', {
      duration: s.quantity('time', { min: 0 }).describe('How long counts as exposure.'),
    }).describe('Staying in the area.'),
    impulse: object('ImpulseExposure', {
      threshold: s
        .quantity('impulse', { min: 0 })
        .describe(
          'Impulse (N·s) over which a hit counts; unlike contact force, it does not depend on the step size.',
        ),
    }).describe('Being struck with an impulse over a threshold.'),
    impactEnergy: object('ImpactEnergyExposure', {
      threshold: s
        .quantity('energy', { min: 0 })
        .describe('Kinetic energy (J) of the impact over which it counts.'),
    }).describe('Being struck with an energy over a threshold.'),
    fall: object('FallExposure', {
      height: s
        .quantity('length', { min: 0 })
        .describe("Free-fall height of the learner's body over which it counts."),
    }).describe('Falling from a height.'),
  })
  .describe('What exposure means for this hazard.')

/** What happens on exposure. */
export const consequence = object('Consequence', {
  outcome: s
    .enum(['warning', 'injury', 'fail'])
    .describe(
      'warning: the attempt goes on; injury: it goes on, recorded as an injury; fail: the attempt ends as failed.',
    ),
  message: textKey(),
  criticalError: optional(s.ref('criticalError').describe('The critical error recorded.')),
}).describe('The consequence of exposure.')

/** A hazard. */
export const hazard = object('Hazard', {
  id: s.id('hazard').describe('Unique id of the hazard.'),
  name: textKey(),
  energy: optional(s.ref('energy').describe('The energy source behind the hazard.')),
  where: hazardArea,
  liveWhen: condition.describe(
    'The hazard is live while this holds (e.g. the energy source is not isolated).',
  ),
  exposure: exposure,
  severity: s.enum(['minor', 'serious', 'fatal']).describe('How bad an exposure would be in reality.'),
  consequence: optional(consequence.describe('What happens on exposure; every hazard needs one.')),
}).describe(
  'A hazard: an energy or condition, where it acts, when it is live, what exposure means and its consequence.',
)
