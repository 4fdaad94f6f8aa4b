import type { Path, PathProblem } from '../kit/index.ts'
import type { Condition } from '../model/expression-types.ts'
import type { Flow } from '../model/procedure.ts'
import type { Scenario } from '../model/scenario.ts'

interface FlowFacts {
  readonly places: Map<string, Path[]>
  /** `a>b`: a comes strictly before b (a sequence). */
  readonly before: Set<string>
  /** `a|b`: a and b are alternatives (only one is done). */
  readonly exclusive: Set<string>
}

function collect(flow: Flow, path: Path, facts: FlowFacts): string[] {
  if (typeof flow === 'string') {
    const places = facts.places.get(flow) ?? []
    places.push(path)
    facts.places.set(flow, places)
    return [flow]
  }
  const [key, children] = Object.entries(flow)[0] as [string, Flow[]]
  const groups = children.map((child, index) => collect(child, [...path, key, index], facts))
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      for (const a of groups[i] ?? []) {
        for (const b of groups[j] ?? []) {
          if (key === 'sequence') facts.before.add(`${a}>${b}`)
          if (key === 'oneOf') facts.exclusive.add(`${a}|${b}`).add(`${b}|${a}`)
        }
      }
    }
  }
  return groups.flat()
}

/** Step ids that must be done for the condition to hold (conjunctive positions only). */
function requiredSteps(condition: Condition | undefined): string[] {
  if (condition === undefined || typeof condition === 'boolean') return []
  if ('stepDone' in condition) return [condition.stepDone]
  if ('all' in condition) return condition.all.flatMap(requiredSteps)
  return []
}

/**
 * The procedure can be completed: every step is in the flow once, no step needs a step that
 * only comes after it or in another alternative, no step needs itself, no cycle of needs.
 */
export function checkProcedure(scenario: Scenario): PathProblem[] {
  const problems: PathProblem[] = []
  const facts: FlowFacts = { places: new Map(), before: new Set(), exclusive: new Set() }
  collect(scenario.procedure.flow, ['procedure', 'flow'], facts)
  const needs = new Map<string, string[]>()

  scenario.procedure.steps.forEach((step, index) => {
    const path: Path = ['procedure', 'steps', index]
    const places = facts.places.get(step.id) ?? []
    if (places.length === 0) {
      problems.push({
        code: 'unreachable-step',
        path: [...path, 'id'],
        message: `step "${step.id}" is not in the procedure flow, so it can never be reached`,
        hint: 'add its id to procedure.flow, or remove the step',
      })
    }
    places.slice(1).forEach((place) =>
      problems.push({
        code: 'duplicate-id',
        path: place,
        message: `step "${step.id}" appears more than once in the flow`,
        hint: 'list each step once; use anyOrder or oneOf to group',
      }),
    )
    for (const key of ['doneWhen', 'requires'] as const) {
      if (step[key] === false) {
        problems.push({
          code: 'never-completable',
          path: [...path, key],
          message: `step "${step.id}" can never be done: ${key} is false`,
          hint: 'write the condition that completes the step',
        })
      }
    }
    const required = [...requiredSteps(step.requires), ...requiredSteps(step.doneWhen)]
    needs.set(step.id, required)
    for (const other of new Set(required)) {
      const where: Path =
        step.requires !== undefined && requiredSteps(step.requires).includes(other)
          ? [...path, 'requires']
          : [...path, 'doneWhen']
      if (other === step.id) {
        problems.push({
          code: 'never-completable',
          path: where,
          message: `step "${step.id}" needs itself to be done first`,
          hint: 'remove stepDone of the step from its own conditions',
        })
      } else if (facts.before.has(`${step.id}>${other}`)) {
        problems.push({
          code: 'never-completable',
          path: where,
          message: `step "${step.id}" needs step "${other}", which comes after it in the flow`,
          hint: `move "${other}" before "${step.id}" in procedure.flow, or drop the precondition`,
        })
      } else if (facts.exclusive.has(`${step.id}|${other}`)) {
        problems.push({
          code: 'never-completable',
          path: where,
          message: `step "${step.id}" needs step "${other}", an alternative to it (oneOf)`,
          hint: 'alternatives exclude each other; drop the precondition or change the flow',
        })
      }
    }
  })

  // Cycles of needs (a needs b needs a), each reported once at its first step.
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []
  const reported = new Set<string>()
  const visit = (id: string): void => {
    state.set(id, 'visiting')
    stack.push(id)
    for (const next of needs.get(id) ?? []) {
      if (next === id || !needs.has(next)) continue
      if (state.get(next) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(next)), next]
        const key = [...cycle.slice(0, -1)].sort().join(',')
        if (!reported.has(key)) {
          reported.add(key)
          const index = scenario.procedure.steps.findIndex((step) => step.id === next)
          problems.push({
            code: 'cycle',
            path: ['procedure', 'steps', index, 'requires'],
            message: `steps need each other in a cycle: ${cycle.join(' → ')}`,
            hint: 'break the cycle: one of these steps must not need the next',
          })
        }
      } else if (state.get(next) === undefined) visit(next)
    }
    stack.pop()
    state.set(id, 'done')
  }
  for (const id of needs.keys()) if (state.get(id) === undefined) visit(id)
  return problems
}
