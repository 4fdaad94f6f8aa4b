import type { PathProblem } from '../kit/index.ts'
import type { Scenario } from '../model/scenario.ts'

/** A climb joins two different zones, and what it records goes into a boolean state variable. */
export function checkClimbs(scenario: Scenario): PathProblem[] {
  const problems: PathProblem[] = []
  const declared = new Set(scenario.state.map((variable) => variable.id))
  const flags = new Set(scenario.state.filter((v) => v.type === 'boolean').map((v) => v.id))
  scenario.climbs.forEach((climb, index) => {
    const path = ['climbs', index]
    if (climb.between[0] === climb.between[1]) {
      problems.push({
        code: 'invalid-value',
        path: [...path, 'between'],
        message: `climb "${climb.id}" has the same zone "${climb.between[0]}" at both ends`,
        hint: 'name the zone at the foot of the ladder and the zone of the level it leads to',
      })
    }
    const record = climb.handsFree?.record
    if (record !== undefined && declared.has(record) && !flags.has(record)) {
      problems.push({
        code: 'invalid-value',
        path: [...path, 'handsFree', 'record'],
        message: `climb "${climb.id}" records into "${record}", which is not a boolean state variable`,
        hint: `declare "${record}" with type: boolean and initial: false`,
      })
    }
  })
  return problems
}
