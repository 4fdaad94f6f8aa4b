import type { PathProblem } from '../kit/index.ts'
import type { Scenario } from '../model/scenario.ts'

/**
 * A fall-arrest connector ends either in a hook that some attach point accepts or at a fixed
 * anchorage with a body, and the records go into number state variables.
 */
export function checkFallArrest(scenario: Scenario): PathProblem[] {
  const spec = scenario.fallArrest
  if (!spec) return []
  const problems: PathProblem[] = []
  const bodies = new Map(scenario.objects.map((object) => [object.id, object.body?.type]))
  spec.connectors.forEach((connector, index) => {
    const path = ['fallArrest', 'connectors', index]
    if ((connector.hook === undefined) === (connector.anchor === undefined)) {
      problems.push({
        code: 'invalid-value',
        path,
        message: `connector "${connector.id}" needs exactly one of hook and anchor`,
        hint: 'hook: the snap hook locked onto an attach point; anchor: a fixed anchorage (a lifeline housing)',
      })
    }
    const { hook, anchor } = connector
    if (
      hook !== undefined &&
      !scenario.interactables.some((i) => i.kind === 'attachPoint' && i.accepts.includes(hook))
    ) {
      problems.push({
        code: 'invalid-value',
        path: [...path, 'hook'],
        message: `no attach point accepts "${hook}", so connector "${connector.id}" can never be anchored`,
        hint: `add "${hook}" to the accepts list of the anchorage's attach point`,
      })
    }
    if (anchor !== undefined && bodies.has(anchor) && bodies.get(anchor) === undefined) {
      problems.push({
        code: 'invalid-value',
        path: [...path, 'anchor'],
        message: `anchor "${anchor}" has no body for a line to hang on`,
        hint: `give "${anchor}" body: { type: fixed }`,
      })
    }
  })
  const numbers = new Set(scenario.state.filter((v) => v.type === 'number').map((v) => v.id))
  const declared = new Set(scenario.state.map((v) => v.id))
  for (const [key, state] of Object.entries(spec.records)) {
    if (state === undefined || !declared.has(state) || numbers.has(state)) continue
    problems.push({
      code: 'invalid-value',
      path: ['fallArrest', 'records', key],
      message: `records.${key} goes into "${state}", which is not a number state variable`,
      hint: `declare "${state}" with type: number and a unit`,
    })
  }
  return problems
}
