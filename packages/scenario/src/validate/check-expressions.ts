import { a, type Path, type PathProblem } from '../kit/index.ts'
import { scenarioSchema } from '../model/scenario.ts'
import { combine, describeDimension, dimensions, sameDimension, type Dimension } from '../units/dimension.ts'
import { parseQuantity } from '../units/quantity.ts'
import { unitDimension, type Environment } from './environment.ts'
import { isRecord, walkSchema } from './walk-schema.ts'

/** A dimension, or null for a bare number (which fits any dimension: it is in SI units). */
type Dim = Dimension | null

/**
 * Type-checks every condition and numeric expression: references to the right kind of state,
 * like dimensions in sums and comparisons, enum and person-state values that exist.
 */
export function checkExpressions(raw: unknown, env: Environment): PathProblem[] {
  const problems: PathProblem[] = []
  const checker = new ExpressionChecker(env, problems)
  walkSchema(scenarioSchema, raw, [], (name, value, path) => {
    if (name === 'Condition') {
      checker.condition(value, path)
      return false
    }
    if (name === 'NumberExpression') {
      const found = checker.number(value, path)
      const expected = expectedDimension(raw, path, env)
      if (found !== null && expected && !sameDimension(found, expected.dimension)) {
        problems.push({
          code: 'dimension',
          path,
          message: `${expected.what} is ${a(describeDimension(expected.dimension))}, but this expression gives ${a(describeDimension(found))}`,
          hint: `write an expression in units of ${describeDimension(expected.dimension)}`,
        })
      }
      return false
    }
    return true
  })
  return problems
}

/** The dimension a numeric expression must have where it stands, when its place says so. */
function expectedDimension(
  raw: unknown,
  path: Path,
  env: Environment,
): { dimension: Dimension; what: string } | undefined {
  const at = (...keys: (string | number)[]): unknown =>
    keys.reduce<unknown>(
      (value, key) =>
        isRecord(value) || Array.isArray(value)
          ? (value as Record<string | number, unknown>)[key]
          : undefined,
      raw,
    )
  const [section, i, list, j, key, rest] = path
  if (path[path.length - 1] === 'within' && path[path.length - 2] === 'rayHits')
    return { dimension: dimensions.length, what: 'the reach of rayHits' }
  if (section === 'objects' && list === 'appearance' && j === 'scale' && path.length === 4)
    return { dimension: dimensions.dimensionless, what: 'the drawn scale of an object' }
  if (
    section === 'interactables' &&
    list === 'readings' &&
    key === 'value' &&
    i !== undefined &&
    j !== undefined
  ) {
    const unit = at('interactables', i, 'readings', j, 'unit')
    const dimension = typeof unit === 'string' ? unitDimension(unit) : undefined
    return (
      dimension && {
        dimension,
        what: `reading "${String(at('interactables', i, 'readings', j, 'id'))}" (shown in ${unit})`,
      }
    )
  }
  if (section === 'state' && list === 'rate' && i !== undefined && path.length === 3) {
    const id = at('state', i, 'id')
    const dimension = typeof id === 'string' ? env.numberStates.get(id) : undefined
    return (
      dimension && {
        dimension: combine(dimension, dimensions.time, -1),
        what: `the rate of state "${id}" (per second)`,
      }
    )
  }
  const assigned =
    section === 'rules' && list === 'set' && key === 'to' && i !== undefined && j !== undefined
      ? at('rules', i, 'set', j, 'state')
      : section === 'faults' &&
          list === 'effects' &&
          key === 'set' &&
          rest === 'to' &&
          i !== undefined &&
          j !== undefined
        ? at('faults', i, 'effects', j, 'set', 'state')
        : undefined
  const dimension = typeof assigned === 'string' ? env.numberStates.get(assigned) : undefined
  return dimension && { dimension, what: `state "${String(assigned)}"` }
}

class ExpressionChecker {
  constructor(
    private readonly env: Environment,
    private readonly problems: PathProblem[],
  ) {}

  private mismatch(path: Path, left: Dim, right: Dim, what: string): void {
    this.problems.push({
      code: 'dimension',
      path,
      message: `${what}: ${a(describeDimension(left ?? dimensions.dimensionless))} and ${a(describeDimension(right ?? dimensions.dimensionless))} do not match`,
      hint: 'compare or add only quantities of the same dimension (a length with a length)',
    })
  }

  private unify(values: readonly unknown[], path: Path, what: string, offset = 0): Dim {
    let result: Dim = null
    values.forEach((value, index) => {
      const dimension = this.number(value, [...path, index + offset])
      if (dimension === null) return
      if (result === null) result = dimension
      else if (!sameDimension(result, dimension))
        this.mismatch([...path, index + offset], result, dimension, what)
    })
    return result
  }

  private same(path: Path, parts: readonly [string, unknown][], what: string): Dim {
    let result: Dim = null
    for (const [key, value] of parts) {
      const dimension = this.number(value, [...path, key])
      if (dimension === null) continue
      if (result === null) result = dimension
      else if (!sameDimension(result, dimension)) this.mismatch([...path, key], result, dimension, what)
    }
    return result
  }

  number(value: unknown, path: Path): Dim {
    if (typeof value === 'number') return null
    if (typeof value === 'string') {
      const quantity = parseQuantity(value)
      return 'error' in quantity ? null : dimensions[quantity.dimension]
    }
    if (!isRecord(value)) return null
    const [key, body] = Object.entries(value)[0] ?? []
    const at = [...path, key ?? '']
    switch (key) {
      case 'param':
        return this.env.parameters.get(String(body)) ?? null
      case 'state': {
        const id = String(body)
        const dimension = this.env.numberStates.get(id)
        if (dimension) return dimension
        if (this.env.booleanStates.has(id) || this.env.enumStates.has(id)) {
          this.problems.push({
            code: 'expression-type',
            path: at,
            message: `state "${id}" is not a number`,
            hint: this.env.booleanStates.has(id)
              ? `use { flag: ${id} } in a condition`
              : `use { stateIs: { state: ${id}, value: … } } in a condition`,
          })
        }
        return null
      }
      case 'reading':
        return this.env.readings.get(String(body)) ?? null
      case 'elapsed':
        return dimensions.time
      case 'add':
      case 'min':
      case 'max':
        return this.unify(asArray(body), at, key)
      case 'sub':
        return this.unify(asArray(body), at, 'sub')
      case 'mul':
      case 'div': {
        // A bare number may stand for any quantity in SI (validated files hold only numbers), so a
        // product with one has an unknown dimension: better no check than a false alarm.
        let result: Dim = dimensions.dimensionless
        asArray(body).forEach((item, index) => {
          const dimension = this.number(item, [...at, index])
          result =
            result === null || dimension === null
              ? null
              : combine(result, dimension, key === 'div' && index > 0 ? -1 : 1)
        })
        return result
      }
      case 'neg':
        return this.number(body, at)
      case 'clamp':
        return isRecord(body)
          ? this.same(
              at,
              [
                ['value', body['value']],
                ['min', body['min']],
                ['max', body['max']],
              ],
              'clamp',
            )
          : null
      case 'table': {
        if (!isRecord(body)) return null
        const input = this.number(body['input'], [...at, 'input'])
        const points = asArray(body['points'])
        const xs = points.map((point) => asArray(point)[0])
        const ys = points.map((point) => asArray(point)[1])
        const x = this.unifyLiterals(xs, [...at, 'points'], 0, 'table inputs')
        if (input !== null && x !== null && !sameDimension(input, x))
          this.mismatch([...at, 'input'], x, input, 'table input')
        this.checkIncreasing(xs, [...at, 'points'])
        return this.unifyLiterals(ys, [...at, 'points'], 1, 'table outputs')
      }
      case 'approach':
        return isRecord(body)
          ? this.same(
              at,
              [
                ['target', body['target']],
                ['initial', body['initial']],
              ],
              'approach',
            )
          : null
      case 'heightAbove':
      case 'distance':
        return dimensions.length
      case 'jointAngle':
      case 'jointPosition': {
        const kind = this.env.joints.get(String(body))
        const wanted = key === 'jointAngle' ? 'hinge' : 'slider'
        if (kind !== undefined && kind !== wanted) {
          this.problems.push({
            code: 'expression-type',
            path: at,
            message: `${key} needs a ${wanted} joint; "${String(body)}" is a ${kind}`,
            hint: key === 'jointAngle' ? 'use jointPosition for a slider' : 'use jointAngle for a hinge',
          })
        }
        return key === 'jointAngle' ? dimensions.angle : dimensions.length
      }
      case 'if':
        if (!isRecord(body)) return null
        this.condition(body['condition'], [...at, 'condition'])
        return this.same(
          at,
          [
            ['then', body['then']],
            ['else', body['else']],
          ],
          'if',
        )
      default:
        return null
    }
  }

  private unifyLiterals(values: readonly unknown[], path: Path, column: number, what: string): Dim {
    let result: Dim = null
    values.forEach((value, index) => {
      if (typeof value !== 'string') return
      const quantity = parseQuantity(value)
      if ('error' in quantity) return
      const dimension = dimensions[quantity.dimension]
      if (result === null) result = dimension
      else if (!sameDimension(result, dimension))
        this.mismatch([...path, index, column], result, dimension, what)
    })
    return result
  }

  private checkIncreasing(xs: readonly unknown[], path: Path): void {
    let previous = -Infinity
    xs.forEach((x, index) => {
      const si = typeof x === 'number' ? x : typeof x === 'string' ? parseQuantity(x) : undefined
      const value = typeof si === 'number' ? si : si && 'si' in si ? si.si : undefined
      if (value === undefined) return
      if (value <= previous)
        this.problems.push({
          code: 'invalid-value',
          path: [...path, index, 0],
          message: 'table inputs must increase',
          hint: 'sort the points by input, without repeats',
        })
      previous = value
    })
  }

  condition(value: unknown, path: Path): void {
    if (!isRecord(value)) return
    const [key, body] = Object.entries(value)[0] ?? []
    const at = [...path, key ?? '']
    switch (key) {
      case 'all':
      case 'any':
        asArray(body).forEach((item, index) => this.condition(item, [...at, index]))
        return
      case 'not':
        return this.condition(body, at)
      case 'lt':
      case 'le':
      case 'gt':
      case 'ge':
      case 'eq':
      case 'ne':
        this.unify(asArray(body), at, `comparison ${key}`)
        return
      case 'flag': {
        const id = String(body)
        if (
          !this.env.booleanStates.has(id) &&
          (this.env.numberStates.has(id) || this.env.enumStates.has(id))
        ) {
          this.problems.push({
            code: 'expression-type',
            path: at,
            message: `state "${id}" is not a boolean`,
            hint: this.env.numberStates.has(id)
              ? `compare it: { gt: [{ state: ${id} }, …] }`
              : `use { stateIs: { state: ${id}, value: … } }`,
          })
        }
        return
      }
      case 'stateIs': {
        if (!isRecord(body)) return
        const id = String(body['state'])
        const values = this.env.enumStates.get(id)
        if (values === undefined) {
          if (this.env.booleanStates.has(id) || this.env.numberStates.has(id)) {
            this.problems.push({
              code: 'expression-type',
              path: [...at, 'state'],
              message: `state "${id}" is not an enum`,
              hint: 'stateIs tests enum variables; use flag or a comparison',
            })
          }
        } else if (!values.includes(String(body['value']))) {
          this.problems.push({
            code: 'unknown-reference',
            path: [...at, 'value'],
            message: `"${String(body['value'])}" is not a value of "${id}"`,
            hint: `expected one of ${values.join(', ')}`,
          })
        }
        return
      }
      case 'rayHits': {
        if (!isRecord(body)) return
        for (const end of ['from', 'target'] as const) {
          const id = body[end]
          if (typeof id === 'string' && this.env.bodies.get(id) === false)
            this.problems.push({
              code: 'invalid-value',
              path: [...at, end],
              message: `a ray ${end === 'from' ? 'starts from' : 'hits'} a physics body; "${id}" has none`,
              hint: `give "${id}" a body (fixed, dynamic or kinematic)`,
            })
        }
        const direction = asArray(body['direction'])
        if (direction.length === 3 && direction.every((component) => component === 0))
          this.problems.push({
            code: 'invalid-value',
            path: [...at, 'direction'],
            message: 'a ray needs a direction; [0, 0, 0] has none',
            hint: 'the nozzle direction in the object frame, e.g. [0, 0, -1]',
          })
        this.number(body['within'], [...at, 'within'])
        return
      }
      case 'personState': {
        if (!isRecord(body)) return
        const states = this.env.personStates.get(String(body['person']))
        if (states && !states.includes(String(body['is']))) {
          this.problems.push({
            code: 'unknown-reference',
            path: [...at, 'is'],
            message: `"${String(body['is'])}" is not a state of "${String(body['person'])}"`,
            hint: `expected one of ${states.join(', ')}`,
          })
        }
        return
      }
      default:
        return
    }
  }
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : []
}
