import type { SimContext } from './context.ts'
import type { Environment } from '../rules/environment.ts'
import { distance, type Vec3 } from '../math/vector.ts'
import { isHeld } from '../interactions/grab.ts'
import { facing, rayHits } from './sensing.ts'

type ZoneShape = SimContext['scenario']['zones'][number]['shape']

function halfHeight(shape: ZoneShape): number {
  switch (shape.kind) {
    case 'box':
      return shape.size[1] / 2
    case 'sphere':
      return shape.radius
    case 'cylinder':
      return shape.height / 2
    case 'capsule':
      return shape.height / 2 + shape.radius
    default:
      return 0
  }
}

/** Where a subject is: `learner` (the capsule's centre), an object, or a person. */
export function subjectPosition(ctx: SimContext, subject: string): Vec3 {
  if (subject === 'learner') return ctx.learner.center()
  const person = ctx.people.get(subject)
  if (person) return person.position
  const body = ctx.physics.body(subject)
  if (body) return body.translation()
  const object = ctx.scenario.objects.find((candidate) => candidate.id === subject)
  const [x, y, z] = object?.transform.position ?? [0, 0, 0]
  return { x, y, z }
}

/** The live view of the attempt that conditions and expressions read. */
export function createEnvironment(ctx: SimContext): Environment {
  const approachState = new Map<object, { value: number; step: number }>()
  return {
    mode: ctx.mode,
    get time() {
      return ctx.step * ctx.dt
    },
    dt: ctx.dt,
    param: (id) => ctx.params.get(id) ?? 0,
    value: (id) => ctx.values.get(id) ?? 0,
    reading: (id) => ctx.readings.get(id) ?? 0,
    stepDoneAt: (id) => ctx.stepsDoneAt.get(id),
    energy: (id) => ctx.energy.get(id) ?? 'live',
    personState: (id) => ctx.people.get(id)?.state ?? '',
    hazardLive: (id) => ctx.hazardsLive.has(id),
    faultActive: (id) => ctx.faultsActive.has(id),
    attached: (object, to) => ctx.attachments.get(to)?.has(object) === true,
    worn: (item) => ctx.worn.has(item),
    held: (object) => isHeld(ctx, object),
    inZone(subject, zone) {
      const sensor = ctx.physics.zoneCollider(zone)
      if (!sensor) return false
      if (subject === 'learner') return ctx.physics.world.intersectionPair(ctx.learner.collider, sensor)
      const person = ctx.people.get(subject)
      if (person) return sensor.containsPoint(person.position)
      const collider = ctx.physics.collider(subject)
      return collider
        ? ctx.physics.world.intersectionPair(collider, sensor)
        : sensor.containsPoint(subjectPosition(ctx, subject))
    },
    distance: (from, to) => distance(subjectPosition(ctx, from), subjectPosition(ctx, to)),
    heightAbove(subject, floorZone) {
      const y = subject === 'learner' ? ctx.learner.feet().y : subjectPosition(ctx, subject).y
      if (!floorZone) return y
      const zone = ctx.scenario.zones.find((candidate) => candidate.id === floorZone)
      const sensor = ctx.physics.zoneCollider(floorZone)
      if (!zone || !sensor) return y
      return y - (sensor.translation().y - halfHeight(zone.shape))
    },
    jointValue: (joint) => ctx.physics.jointValue(joint),
    rayHits: (from, direction, target, range) => rayHits(ctx, from, direction, target, range),
    facing: (subject) => facing(ctx, subject),
    approach(node, target, initial) {
      const state = approachState.get(node)
      if (!state) {
        const value = initial()
        approachState.set(node, { value, step: ctx.step })
        return value
      }
      if (state.step !== ctx.step) {
        // First-order lag by explicit steps (no exp()): each step closes dt/τ of the gap.
        const fraction = Math.min(((ctx.step - state.step) * ctx.dt) / node.approach.timeConstant, 1)
        state.value += (target - state.value) * fraction
        state.step = ctx.step
      }
      return state.value
    },
  }
}
