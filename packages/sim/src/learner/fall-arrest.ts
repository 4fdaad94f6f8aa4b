import type { FallArrest } from '@practicum/scenario'
import type { SimContext } from '../core/context.ts'
import type { Vec3 } from '../math/vector.ts'
import type { ImpulseJoint, RigidBody } from '../physics/rapier.ts'
import type { Environment } from '../rules/environment.ts'
import { evaluateCondition, evaluateNumber } from '../rules/evaluate.ts'

/** What one fall measured, in SI units. */
export interface FallReport {
  /** How far the body dropped from the start of the fall to where it stopped, m. */
  height: number
  /** A line stopped the body (false: it landed). */
  arrested: boolean
  /** Drop of the harness point before a line took the load, m (the whole drop when nothing did). */
  freeFall: number
  /** Drop of the harness point from the line taking the load to the stop, m. */
  deceleration: number
  /** Largest force on the body other than gravity during the fall, N. */
  peakForce: number
  /** The connector that stopped the body. */
  connector: string | undefined
  /** Anchorages that gave way under the load (attach point or object ids). */
  failedAnchors: string[]
}

/** Below this drop a fall that ends on the ground is a stumble, not a fall, m. */
const stumble = 0.3
/** A line counts as taut within this of its length, m. */
const slack = 1e-3

interface Line {
  id: string
  anchorId: string
  anchor: RigidBody
  joint: ImpulseJoint | undefined
  /** Length before the absorber deploys, m. */
  length: number
  absorberForce: number
  rating: number | undefined
}

export interface FallArrestRunner {
  /** Before the world steps: a learner who left the ground starts to fall on the connected lines. */
  beforeWorldStep(): void
  /**
   * After the world steps: the absorbers act, anchorages give way. A fall that just ended is
   * reported (`fell`, the scenario's records) and its height for fall hazards returned: the free
   * fall of an arrested fall, the whole drop of one that landed.
   */
  afterWorldStep(): number | undefined
}

/**
 * Falls as physics. When the learner's feet leave the ground, the character-controlled body becomes
 * a dynamic body of the scenario's mass, tied by a Rapier rope joint to the anchorage of each
 * connected line (its length plus the absorber's extension). While a line is stretched past its
 * length and the body still moves away, its absorber pulls back with its deploy force; an anchorage
 * loaded past its rating lets go. The fall ends when the body stops going down: arrested by a line,
 * or landed. Uses no transcendental function, so a recording verifies on any platform.
 */
export function createFallArrest(ctx: SimContext, env: Environment, spec: FallArrest): FallArrestRunner {
  const [hx, hy, hz] = spec.harnessPoint
  const harnessPoint: Vec3 = { x: hx, y: hy, z: hz }
  const gravity = ctx.scenario.physics.gravity
  const lines: Line[] = []
  let falling = false
  let mass = 0
  let steps = 0
  let startY = 0
  let startFeet = 0
  let tautY: number | undefined
  let taut: string | undefined
  let peak = 0
  let failed: string[] = []
  let vx = 0
  let vy = 0
  let vz = 0

  const harnessAt = (): Vec3 => {
    const c = ctx.learner.center()
    return { x: c.x + harnessPoint.x, y: c.y + harnessPoint.y, z: c.z + harnessPoint.z }
  }

  function anchorageOf(connector: FallArrest['connectors'][number]) {
    if (connector.anchor !== undefined) {
      const anchor = ctx.physics.body(connector.anchor)
      const point = ctx.scenario.interactables.find(
        (i) => i.kind === 'attachPoint' && i.object === connector.anchor,
      )
      const rating = point?.kind === 'attachPoint' ? point.rating : undefined
      return anchor ? { id: connector.anchor, anchor, rating } : undefined
    }
    if (connector.hook === undefined) return undefined
    for (const [pointId, objects] of ctx.attachments) {
      if (!objects.has(connector.hook)) continue
      const point = ctx.scenario.interactables.find((i) => i.id === pointId)
      if (point?.kind !== 'attachPoint') continue
      const anchor = ctx.physics.body(point.object)
      if (anchor) return { id: pointId, anchor, rating: point.rating }
    }
    return undefined
  }

  function start(): void {
    falling = true
    steps = 0
    peak = 0
    failed = []
    taut = undefined
    tautY = undefined
    mass = evaluateNumber(spec.mass, env)
    ctx.learner.release(mass)
    const at = harnessAt()
    startY = at.y
    startFeet = ctx.learner.feet().y
    const v = ctx.learner.body.linvel()
    vx = v.x
    vy = v.y
    vz = v.z
    for (const connector of spec.connectors) {
      if (!evaluateCondition(connector.connectedWhen, env)) continue
      const anchorage = anchorageOf(connector)
      if (!anchorage) continue
      const a = anchorage.anchor.translation()
      const reach = Math.sqrt((at.x - a.x) ** 2 + (at.y - a.y) ** 2 + (at.z - a.z) ** 2)
      const travel = evaluateNumber(connector.length, env)
      const length = connector.retracting ? reach + travel : travel
      const extension = connector.absorber ? evaluateNumber(connector.absorber.extension, env) : 0
      const absorberForce = connector.absorber ? evaluateNumber(connector.absorber.force, env) : Infinity
      const data = ctx.rapier.JointData.rope(length + extension, { x: 0, y: 0, z: 0 }, harnessPoint)
      const joint = ctx.physics.world.createImpulseJoint(data, anchorage.anchor, ctx.learner.body, true)
      lines.push({
        id: connector.id,
        anchorId: anchorage.id,
        anchor: anchorage.anchor,
        joint,
        length,
        absorberForce,
        rating: anchorage.rating,
      })
    }
  }

  function stop(): void {
    for (const line of lines) if (line.joint) ctx.physics.world.removeImpulseJoint(line.joint, true)
    lines.length = 0
    falling = false
  }

  return {
    beforeWorldStep() {
      if (falling && !ctx.learner.dynamic) stop()
      if (!falling && !ctx.learner.dynamic && !ctx.learner.grounded()) start()
    },
    afterWorldStep() {
      if (!falling || !ctx.learner.dynamic || steps < 0) return undefined
      steps++
      const body = ctx.learner.body
      const v = body.linvel()
      const dt = ctx.dt
      // The net force other than gravity, from the change of velocity the world produced.
      const ax = (v.x - vx) / dt
      const ay = (v.y - vy) / dt + gravity
      const az = (v.z - vz) / dt
      const force = mass * Math.sqrt(ax * ax + ay * ay + az * az)
      // Arresting force: counted once a line is taut (not the edge the body slid off); a landing's impact.
      if (taut !== undefined && force > peak) peak = force
      const wasFalling = vy
      vx = v.x
      vy = v.y
      vz = v.z
      const at = harnessAt()
      let holding: Line | undefined
      let stopped = false
      for (const line of lines) {
        if (!line.joint) continue
        if (line.rating !== undefined && force > line.rating) {
          ctx.physics.world.removeImpulseJoint(line.joint, true)
          line.joint = undefined
          failed.push(line.anchorId)
          continue
        }
        const a = line.anchor.translation()
        const dx = at.x - a.x
        const dy = at.y - a.y
        const dz = at.z - a.z
        const d = Math.sqrt(dx * dx + dy * dy + dz * dz)
        if (d < line.length - slack) continue
        holding ??= line
        if (taut === undefined) {
          taut = line.id
          tautY = at.y
        }
        // Past its length and still moving away, the absorber tears at its deploy force; what it
        // can stop within a step it holds (tear webbing does not creep under a hanging body).
        const outward = (v.x * dx + v.y * dy + v.z * dz) / d
        if (outward <= 0) {
          stopped = true
          continue
        }
        const needed = mass * outward
        const impulse = Math.min(line.absorberForce * dt, needed)
        body.applyImpulse({ x: (-dx * impulse) / d, y: (-dy * impulse) / d, z: (-dz * impulse) / d }, true)
        if (impulse / dt > peak) peak = impulse / dt
        if (impulse < needed) continue
        stopped = true
        holding = line
        const anchor = line.anchor
        ctx.physics.world.removeImpulseJoint(line.joint, true)
        line.joint = ctx.physics.world.createImpulseJoint(
          ctx.rapier.JointData.rope(d, { x: 0, y: 0, z: 0 }, harnessPoint),
          anchor,
          body,
          true,
        )
      }
      if (steps < 3) return undefined
      // The fall ends when a line has stopped the body, or when it stops going down on the ground.
      if (!(holding && stopped) && (holding || v.y < -1e-3 || wasFalling > v.y)) return undefined
      const feet = ctx.learner.feet().y
      const height = startFeet - feet
      const arrested = holding !== undefined && stopped
      if (!arrested && force > peak) peak = force
      const report: FallReport = {
        height,
        arrested,
        freeFall: arrested && tautY !== undefined ? startY - tautY : startY - at.y,
        deceleration: arrested && tautY !== undefined ? tautY - at.y : 0,
        peakForce: peak,
        connector: holding?.id,
        failedAnchors: failed,
      }
      if (arrested) {
        // The body hangs on the line until the learner is brought back (a teleport).
        steps = -1
        return publish(report)
      }
      stop()
      ctx.learner.restore()
      return height > stumble ? publish(report) : undefined
    },
  }

  function publish(report: FallReport): number {
    const { records } = spec
    record(records.freeFall, report.freeFall)
    record(records.deceleration, report.deceleration)
    record(records.force, report.peakForce)
    record(records.landed, report.arrested ? 0 : report.height)
    ctx.emit({
      type: 'fell',
      height: report.height,
      arrested: report.arrested,
      freeFall: report.freeFall,
      deceleration: report.deceleration,
      peakForce: report.peakForce,
      ...(report.connector === undefined ? {} : { connector: report.connector }),
      failedAnchors: report.failedAnchors,
    })
    return report.arrested ? report.freeFall : report.height
  }

  function record(state: string | undefined, value: number): void {
    if (state === undefined) return
    ctx.values.set(state, value)
    ctx.emit({ type: 'state-changed', id: state, value })
  }
}
