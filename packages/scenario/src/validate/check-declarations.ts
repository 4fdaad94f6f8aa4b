import { a, type Path, type PathProblem } from '../kit/index.ts'
import type { Scenario } from '../model/scenario.ts'
import { describeDimension, dimensions, sameDimension } from '../units/dimension.ts'
import { parseQuantity } from '../units/quantity.ts'
import { unitDimension, type Environment } from './environment.ts'

/** Units of declarations, parameter ranges, enum and person initial states, assignments that fit their variable. */
export function checkDeclarations(
  scenario: Scenario,
  raw: Record<string, unknown>,
  env: Environment,
): PathProblem[] {
  const problems: PathProblem[] = []
  const rawList = (key: string): unknown[] => (Array.isArray(raw[key]) ? (raw[key] as unknown[]) : [])
  const rawField = (list: unknown[], index: number, key: string): unknown =>
    (list[index] as Record<string, unknown> | undefined)?.[key]

  const unitOf = (unit: string, path: Path) => {
    const dimension = unitDimension(unit)
    if (!dimension)
      problems.push({
        code: 'unit',
        path,
        message: `unknown unit "${unit}"`,
        hint: 'use a unit such as m, s, kg, deg, N, kPa, ppm, %vol, %LEL, V',
      })
    return dimension
  }
  const fits = (value: unknown, unit: string, path: Path) => {
    const dimension = unitDimension(unit)
    if (!dimension || typeof value !== 'string') return
    const quantity = parseQuantity(value)
    if ('error' in quantity) return
    const found = unitDimension(quantity.unit)
    if (found && !sameDimension(found, dimension)) {
      problems.push({
        code: 'dimension',
        path,
        message: `"${value}" is ${a(quantity.dimension)} but the unit "${unit}" is ${a(describeDimension(dimension))}`,
        hint: `write the value in ${unit} or a unit of the same dimension`,
      })
    }
  }

  const rawParameters = rawList('parameters')
  scenario.parameters.forEach((parameter, index) => {
    const path = ['parameters', index]
    if (!unitOf(parameter.unit, [...path, 'unit'])) return
    for (const key of ['default', 'min', 'max'] as const)
      fits(rawField(rawParameters, index, key), parameter.unit, [...path, key])
    const { min, max } = parameter
    if (min !== undefined && max !== undefined && min > max)
      problems.push({
        code: 'out-of-range',
        path: [...path, 'min'],
        message: `parameter "${parameter.id}" has min above max`,
        hint: 'swap min and max',
      })
    if ((min !== undefined && parameter.default < min) || (max !== undefined && parameter.default > max)) {
      problems.push({
        code: 'out-of-range',
        path: [...path, 'default'],
        message: `default of parameter "${parameter.id}" is outside its range`,
        hint: 'make the default lie between min and max',
      })
    }
  })

  const rawState = rawList('state')
  scenario.state.forEach((variable, index) => {
    const path = ['state', index]
    if (variable.type === 'number') {
      if (unitOf(variable.unit, [...path, 'unit']))
        for (const field of ['initial', 'min', 'max'] as const)
          if (field === 'initial' || variable[field] !== undefined)
            fits(rawField(rawState, index, field), variable.unit, [...path, field])
    } else if (variable.type === 'enum' && !variable.values.includes(variable.initial)) {
      problems.push({
        code: 'invalid-value',
        path: [...path, 'initial'],
        message: `initial value "${variable.initial}" is not one of the values of "${variable.id}"`,
        hint: `expected one of ${variable.values.join(', ')}`,
      })
    }
  })

  const needState = (id: string, type: 'boolean' | 'number', path: Path, what: string) => {
    const found = env.booleanStates.has(id)
      ? 'boolean'
      : env.numberStates.has(id)
        ? 'number'
        : env.enumStates.has(id)
          ? 'enum'
          : undefined
    if (found !== undefined && found !== type) {
      problems.push({
        code: 'expression-type',
        path,
        message: `${what} needs a ${type} state; "${id}" is ${found === 'enum' ? 'an' : 'a'} ${found}`,
        hint: `declare "${id}" with type: ${type}, or use another state`,
      })
    }
  }
  scenario.interactables.forEach((interactable, index) => {
    const path = ['interactables', index]
    if (interactable.kind === 'instrument') {
      interactable.readings.forEach((reading, readingIndex) =>
        unitOf(reading.unit, [...path, 'readings', readingIndex, 'unit']),
      )
    } else if (interactable.kind === 'toggle')
      needState(interactable.state, 'boolean', [...path, 'state'], 'a toggle')
    else if (interactable.kind === 'usable' && interactable.sets !== undefined)
      needState(interactable.sets, 'boolean', [...path, 'sets'], 'a usable')
    else if (interactable.kind === 'dial') {
      needState(interactable.state, 'number', [...path, 'state'], 'a dial')
      const joint = env.joints.get(interactable.joint)
      if (joint !== undefined && joint !== 'hinge') {
        problems.push({
          code: 'expression-type',
          path: [...path, 'joint'],
          message: `a dial turns about a hinge; "${interactable.joint}" is a ${joint}`,
          hint: 'point the dial at a hinge joint',
        })
      }
      const dimension = env.numberStates.get(interactable.state)
      if (dimension && !sameDimension(dimension, dimensions.angle)) {
        problems.push({
          code: 'dimension',
          path: [...path, 'state'],
          message: `a dial sets an angle; state "${interactable.state}" is ${a(describeDimension(dimension))}`,
          hint: 'give the state an angle unit such as deg',
        })
      }
    }
  })

  // Parents form a tree: an object may not (indirectly) be its own parent.
  const parents = new Map(
    scenario.objects.flatMap((object) =>
      object.parent === undefined ? [] : [[object.id, object.parent] as const],
    ),
  )
  scenario.objects.forEach((object, index) => {
    const seen = [object.id]
    let current = parents.get(object.id)
    while (current !== undefined && !seen.includes(current)) {
      seen.push(current)
      current = parents.get(current)
    }
    if (current === object.id) {
      problems.push({
        code: 'cycle',
        path: ['objects', index, 'parent'],
        message: `objects are their own parents: ${[...seen, object.id].join(' → ')}`,
        hint: 'parents must form a tree; remove one parent',
      })
    }
  })
  scenario.joints.forEach((joint, index) => {
    if (joint.a === joint.b)
      problems.push({
        code: 'invalid-value',
        path: ['joints', index, 'b'],
        message: `joint "${joint.id}" joins "${joint.a}" to itself`,
        hint: 'a joint connects two different objects',
      })
  })

  scenario.people.forEach((person, index) => {
    const path = ['people', index]
    const known = (state: string | undefined, at: Path) => {
      if (state !== undefined && !person.states.includes(state)) {
        problems.push({
          code: 'unknown-reference',
          path: at,
          message: `"${state}" is not a state of person "${person.id}"`,
          hint: `expected one of ${person.states.join(', ')}`,
        })
      }
    }
    known(person.initial, [...path, 'initial'])
    person.transitions.forEach((transition, transitionIndex) => {
      known(transition.from, [...path, 'transitions', transitionIndex, 'from'])
      known(transition.to, [...path, 'transitions', transitionIndex, 'to'])
    })
  })

  const assignment = (
    target: { state: string; to?: unknown; flag?: unknown; value?: string },
    path: Path,
  ) => {
    const given = (['to', 'flag', 'value'] as const).filter((key) => target[key] !== undefined)
    const wanted = env.booleanStates.has(target.state)
      ? 'flag'
      : env.enumStates.has(target.state)
        ? 'value'
        : env.numberStates.has(target.state)
          ? 'to'
          : undefined
    if (wanted === undefined) return
    if (given.length !== 1 || given[0] !== wanted) {
      problems.push({
        code: 'expression-type',
        path,
        message: `state "${target.state}" needs exactly "${wanted}"${given.length ? `, found ${given.join(', ')}` : ''}`,
        hint: `${wanted === 'flag' ? 'a boolean takes flag: <condition>' : wanted === 'value' ? 'an enum takes value: <one of its values>' : 'a number takes to: <expression>'}`,
      })
    } else if (wanted === 'value' && !(env.enumStates.get(target.state) ?? []).includes(target.value ?? '')) {
      problems.push({
        code: 'invalid-value',
        path: [...path, 'value'],
        message: `"${target.value ?? ''}" is not a value of "${target.state}"`,
        hint: `expected one of ${(env.enumStates.get(target.state) ?? []).join(', ')}`,
      })
    }
  }
  scenario.rules.forEach((rule, index) =>
    rule.set.forEach((set, setIndex) => assignment(set, ['rules', index, 'set', setIndex])),
  )
  scenario.faults.forEach((fault, index) =>
    fault.effects.forEach((effect, effectIndex) => {
      if ('set' in effect) assignment(effect.set, ['faults', index, 'effects', effectIndex, 'set'])
    }),
  )
  const rawDraws = ((raw['randomness'] as Record<string, unknown> | undefined)?.['draws'] ?? []) as unknown[]
  scenario.randomness?.draws?.forEach((draw, index) => {
    const variable = scenario.state.find((candidate) => candidate.id === draw.state)
    if (variable?.type === 'number') {
      for (const key of ['min', 'max'] as const)
        fits(rawField(rawDraws, index, key), variable.unit, ['randomness', 'draws', index, key])
    }
    if (!env.numberStates.has(draw.state)) {
      if (env.booleanStates.has(draw.state) || env.enumStates.has(draw.state))
        problems.push({
          code: 'expression-type',
          path: ['randomness', 'draws', index, 'state'],
          message: `draws need a numeric state; "${draw.state}" is not`,
          hint: 'declare a number state for the drawn value',
        })
    } else if (draw.min > draw.max)
      problems.push({
        code: 'out-of-range',
        path: ['randomness', 'draws', index, 'min'],
        message: 'min is above max',
        hint: 'swap min and max',
      })
  })
  return problems
}
