import type { PathProblem } from '../kit/index.ts'
import type { Scenario } from '../model/scenario.ts'

/** What is locked on at the start must be accepted by its point, fit its capacity, and be on one point only. */
export function checkAttachments(scenario: Scenario): PathProblem[] {
  const problems: PathProblem[] = []
  const placed = new Map<string, string>()
  scenario.interactables.forEach((interactable, index) => {
    if (interactable.kind !== 'attachPoint') return
    const path = ['interactables', index, 'attached']
    if (interactable.attached.length > interactable.capacity) {
      problems.push({
        code: 'out-of-range',
        path,
        message: `attach point "${interactable.id}" starts with ${interactable.attached.length} objects but takes ${interactable.capacity}`,
        hint: 'raise its capacity or attach fewer at the start',
      })
    }
    interactable.attached.forEach((object, position) => {
      if (!interactable.accepts.includes(object)) {
        problems.push({
          code: 'invalid-value',
          path: [...path, position],
          message: `"${object}" starts on "${interactable.id}", which does not accept it`,
          hint: `add it to accepts, or attach one of: ${interactable.accepts.join(', ')}`,
        })
      }
      const other = placed.get(object)
      if (other !== undefined) {
        problems.push({
          code: 'duplicate-id',
          path: [...path, position],
          message: `"${object}" starts on both "${other}" and "${interactable.id}"`,
          hint: 'an object can be locked onto one point at a time',
        })
      }
      placed.set(object, interactable.id)
    })
  })
  return problems
}
