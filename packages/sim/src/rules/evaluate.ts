import type { Condition, NumberExpression } from '@practicum/scenario'
import type { Environment } from './environment.ts'

/** Linear between points, flat beyond the ends (points sorted by input). */
function lookup(points: readonly (readonly [number, number])[], x: number): number {
  const first = points[0]
  const last = points[points.length - 1]
  if (!first || !last) return 0
  if (x <= first[0]) return first[1]
  if (x >= last[0]) return last[1]
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!
    const [x0, y0] = points[i - 1]!
    if (x <= x1) return x1 === x0 ? y1 : y0 + ((x - x0) * (y1 - y0)) / (x1 - x0)
  }
  return last[1]
}

const numeric = (value: number | boolean | string): number =>
  typeof value === 'number' ? value : value === true ? 1 : 0

/** The value of a numeric expression now. Pure but for `approach`, which the environment steps. */
export function evaluateNumber(expression: NumberExpression, env: Environment): number {
  if (typeof expression === 'number') return expression
  if ('param' in expression) return env.param(expression.param)
  if ('state' in expression) return numeric(env.value(expression.state))
  if ('reading' in expression) return env.reading(expression.reading)
  if ('elapsed' in expression) {
    const since = expression.elapsed.since
    if (since === undefined) return env.time
    const done = env.stepDoneAt(since)
    return done === undefined ? 0 : env.time - done
  }
  if ('add' in expression)
    return expression.add.reduce<number>((sum, part) => sum + evaluateNumber(part, env), 0)
  if ('sub' in expression)
    return evaluateNumber(expression.sub[0], env) - evaluateNumber(expression.sub[1], env)
  if ('mul' in expression)
    return expression.mul.reduce<number>((product, part) => product * evaluateNumber(part, env), 1)
  if ('div' in expression) {
    const divisor = evaluateNumber(expression.div[1], env)
    return divisor === 0 ? 0 : evaluateNumber(expression.div[0], env) / divisor
  }
  if ('neg' in expression) return -evaluateNumber(expression.neg, env)
  if ('min' in expression) return Math.min(...expression.min.map((part) => evaluateNumber(part, env)))
  if ('max' in expression) return Math.max(...expression.max.map((part) => evaluateNumber(part, env)))
  if ('clamp' in expression) {
    const value = evaluateNumber(expression.clamp.value, env)
    return Math.min(
      Math.max(value, evaluateNumber(expression.clamp.min, env)),
      evaluateNumber(expression.clamp.max, env),
    )
  }
  if ('table' in expression)
    return lookup(expression.table.points, evaluateNumber(expression.table.input, env))
  if ('approach' in expression) {
    const { target, initial } = expression.approach
    return env.approach(expression, evaluateNumber(target, env), () => evaluateNumber(initial, env))
  }
  if ('heightAbove' in expression)
    return env.heightAbove(expression.heightAbove.subject, expression.heightAbove.floor)
  if ('distance' in expression) return env.distance(expression.distance.from, expression.distance.to)
  if ('jointAngle' in expression) return env.jointValue(expression.jointAngle)
  if ('jointPosition' in expression) return env.jointValue(expression.jointPosition)
  const { condition, then, else: otherwise } = expression.if
  return evaluateCondition(condition, env) ? evaluateNumber(then, env) : evaluateNumber(otherwise, env)
}

/** Equality of measured quantities is judged to a millionth, not to the last bit. */
const equal = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b))

export function evaluateCondition(condition: Condition, env: Environment): boolean {
  if (typeof condition === 'boolean') return condition
  if ('all' in condition) return condition.all.every((part) => evaluateCondition(part, env))
  if ('any' in condition) return condition.any.some((part) => evaluateCondition(part, env))
  if ('not' in condition) return !evaluateCondition(condition.not, env)
  if ('lt' in condition) return evaluateNumber(condition.lt[0], env) < evaluateNumber(condition.lt[1], env)
  // Inclusive bounds include equality to a millionth: a hinge stopped at its 90° limit reads
  // 89.99999°, Rapier's 32-bit floats short of the 64-bit threshold.
  if ('le' in condition) {
    const a = evaluateNumber(condition.le[0], env)
    const b = evaluateNumber(condition.le[1], env)
    return a <= b || equal(a, b)
  }
  if ('gt' in condition) return evaluateNumber(condition.gt[0], env) > evaluateNumber(condition.gt[1], env)
  if ('ge' in condition) {
    const a = evaluateNumber(condition.ge[0], env)
    const b = evaluateNumber(condition.ge[1], env)
    return a >= b || equal(a, b)
  }
  if ('eq' in condition)
    return equal(evaluateNumber(condition.eq[0], env), evaluateNumber(condition.eq[1], env))
  if ('ne' in condition)
    return !equal(evaluateNumber(condition.ne[0], env), evaluateNumber(condition.ne[1], env))
  if ('inZone' in condition) return env.inZone(condition.inZone.subject, condition.inZone.zone)
  if ('within' in condition)
    return env.distance(condition.within.from, condition.within.to) < condition.within.distance
  if ('attached' in condition) return env.attached(condition.attached.object, condition.attached.to)
  if ('worn' in condition) return env.worn(condition.worn.item)
  if ('held' in condition) return env.held(condition.held.object)
  if ('stepDone' in condition) return env.stepDoneAt(condition.stepDone) !== undefined
  if ('flag' in condition) return env.value(condition.flag) === true
  if ('stateIs' in condition) return env.value(condition.stateIs.state) === condition.stateIs.value
  if ('energy' in condition) return env.energy(condition.energy.source) === condition.energy.is
  if ('personState' in condition)
    return env.personState(condition.personState.person) === condition.personState.is
  if ('hazardLive' in condition) return env.hazardLive(condition.hazardLive)
  if ('faultActive' in condition) return env.faultActive(condition.faultActive)
  if ('rayHits' in condition) {
    const { from, direction, target, within } = condition.rayHits
    return env.rayHits(from, direction, target, evaluateNumber(within, env))
  }
  if ('facing' in condition) return env.facing(condition.facing)
  return env.mode === condition.mode
}
