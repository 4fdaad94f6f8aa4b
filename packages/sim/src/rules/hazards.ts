import type { Scenario } from '@practicum/scenario'
import type { SimContext } from '../core/context.ts'
import { subjectPosition } from '../core/environment.ts'
import { quatFromEulerXYZ } from '../math/euler.ts'
import { rotate } from '../math/quaternion.ts'
import { add, dot, length, normalize, scale, sub, type Vec3 } from '../math/vector.ts'
import type { ImpactRecord } from '../physics/physics-world.ts'
import type { CriticalErrors } from './critical-errors.ts'
import type { Environment } from './environment.ts'
import { evaluateCondition } from './evaluate.ts'
import { distanceToObject } from '../interactions/reach.ts'

type Hazard = Scenario['hazards'][number]

/** Distance from a point to the segment [a, b]. */
function distanceToSegment(point: Vec3, a: Vec3, b: Vec3): number {
  const ab = sub(b, a)
  const t = Math.min(Math.max(dot(sub(point, a), ab) / Math.max(dot(ab, ab), 1e-12), 0), 1)
  return length(sub(point, add(a, scale(ab, t))))
}

export interface HazardTracker {
  /** After each world step, with the impacts it produced and a finished fall's height. */
  update(impacts: readonly ImpactRecord[], fall: number | undefined): void
  exposures(): ReadonlyMap<string, number>
}

export function createHazardTracker(
  ctx: SimContext,
  env: Environment,
  critical: CriticalErrors,
  fail: () => void,
): HazardTracker {
  const exposures = new Map<string, number>()
  const wasExposed = new Set<string>()
  const enteredAt = new Map<string, number>()

  function learnerInArea(hazard: Hazard): boolean {
    const where = hazard.where
    if ('zone' in where) return env.inZone('learner', where.zone)
    if ('proximity' in where) return env.distance(where.proximity.source, 'learner') < where.proximity.within
    const source = ctx.physics.body(where.lineOfFire.source)
    const origin = subjectPosition(ctx, where.lineOfFire.source)
    const object = ctx.scenario.objects.find((candidate) => candidate.id === where.lineOfFire.source)
    const rotation = source ? source.rotation() : quatFromEulerXYZ(object?.transform.rotation ?? [0, 0, 0])
    const [dx, dy, dz] = where.lineOfFire.direction
    const end = add(
      origin,
      scale(normalize(rotate(rotation, { x: dx, y: dy, z: dz })), where.lineOfFire.length),
    )
    return (
      distanceToSegment(ctx.learner.center(), origin, end) <=
      where.lineOfFire.radius + ctx.scenario.learner.radius
    )
  }

  function exposedNow(
    hazard: Hazard,
    inArea: boolean,
    impacts: readonly ImpactRecord[],
    fall: number | undefined,
  ): boolean {
    const exposure = hazard.exposure
    switch (exposure.kind) {
      case 'enter':
        return inArea
      case 'touch':
        return (['left', 'right'] as const).some(
          (hand) => distanceToObject(ctx, exposure.object, ctx.hands[hand].position) <= ctx.interaction.reach,
        )
      case 'stay': {
        if (!inArea) {
          enteredAt.delete(hazard.id)
          return false
        }
        const since = enteredAt.get(hazard.id) ?? env.time
        enteredAt.set(hazard.id, since)
        return env.time - since >= exposure.duration
      }
      case 'impulse':
        return impacts.some(
          (hit) => (hit.a === 'learner' || hit.b === 'learner') && hit.impulse >= exposure.threshold,
        )
      case 'impactEnergy':
        return impacts.some(
          (hit) => (hit.a === 'learner' || hit.b === 'learner') && hit.energy >= exposure.threshold,
        )
      case 'fall':
        return fall !== undefined && fall >= exposure.height
    }
  }

  function expose(hazard: Hazard): void {
    exposures.set(hazard.id, (exposures.get(hazard.id) ?? 0) + 1)
    const consequence = hazard.consequence
    ctx.emit({
      type: 'hazard-exposed',
      id: hazard.id,
      severity: hazard.severity,
      outcome: consequence?.outcome ?? 'warning',
      message: consequence?.message,
    })
    if (consequence?.criticalError)
      critical.commit(consequence.criticalError, { kind: 'hazard', id: hazard.id })
    if (consequence?.outcome === 'fail') fail()
  }

  return {
    update(impacts, fall) {
      for (const hazard of ctx.scenario.hazards) {
        if (ctx.ended) return
        const live = evaluateCondition(hazard.liveWhen, env)
        if (live !== ctx.hazardsLive.has(hazard.id)) {
          if (live) ctx.hazardsLive.add(hazard.id)
          else ctx.hazardsLive.delete(hazard.id)
          ctx.emit({ type: live ? 'hazard-live' : 'hazard-cleared', id: hazard.id })
        }
        const inArea =
          hazard.exposure.kind === 'fall' || hazard.exposure.kind === 'touch' || learnerInArea(hazard)
        const exposed = live && inArea && exposedNow(hazard, inArea, impacts, fall)
        const instantaneous =
          hazard.exposure.kind === 'impulse' ||
          hazard.exposure.kind === 'impactEnergy' ||
          hazard.exposure.kind === 'fall'
        if (exposed && (instantaneous || !wasExposed.has(hazard.id))) expose(hazard)
        if (exposed) wasExposed.add(hazard.id)
        else wasExposed.delete(hazard.id)
      }
    },
    exposures: () => exposures,
  }
}
