import type { PathProblem } from '../kit/index.ts'
import type { Scenario } from '../model/scenario.ts'

/** What else an object may be that a two-handed carry cannot go with, and why. */
const oneHanded: Partial<Record<Scenario['interactables'][number]['kind'], string>> = {
  wearable: 'it is put on with one hand',
  instrument: 'it is read while held in one hand',
  dial: 'it is turned about its joint',
}

/**
 * A grabbable must be something a hand can move: a dynamic body, one grabbable per object. A
 * two-handed one (`hands: two`) is carried freely by both hands, so it cannot be on a joint, worn,
 * read or turned as well.
 */
export function checkGrabbables(scenario: Scenario): PathProblem[] {
  const problems: PathProblem[] = []
  const bodies = new Map(scenario.objects.map((object) => [object.id, object.body?.type]))
  const jointed = new Map(scenario.joints.map((joint) => [joint.b, joint.id]))
  const grabbableOf = new Map<string, string>()
  scenario.interactables.forEach((interactable, index) => {
    if (interactable.kind !== 'grabbable') return
    const path = ['interactables', index]
    const { object } = interactable
    const earlier = grabbableOf.get(object)
    if (earlier !== undefined) {
      problems.push({
        code: 'duplicate-id',
        path: [...path, 'object'],
        message: `"${object}" already has the grabbable "${earlier}"`,
        hint: 'give each object one grabbable; say there how many hands it needs',
      })
    }
    grabbableOf.set(object, interactable.id)
    const body = bodies.get(object)
    if (bodies.has(object) && body !== 'dynamic') {
      problems.push({
        code: 'invalid-value',
        path: [...path, 'object'],
        message: `grabbable "${interactable.id}" is on "${object}", which ${body === undefined ? 'has no body' : `is ${body}`}; a hand moves only a dynamic body`,
        hint: `give "${object}" body: { type: dynamic }`,
      })
    }
    if (interactable.hands !== 'two') return
    const joint = jointed.get(object)
    if (joint !== undefined) {
      problems.push({
        code: 'invalid-value',
        path: [...path, 'hands'],
        message: `"${object}" needs two hands but hangs on joint "${joint}"; a two-handed load is carried freely`,
        hint: 'use hands: one (a hand turns a jointed object about its joint)',
      })
    }
    for (const other of scenario.interactables) {
      const why = other.object === object ? oneHanded[other.kind] : undefined
      if (why === undefined) continue
      problems.push({
        code: 'invalid-value',
        path: [...path, 'hands'],
        message: `"${object}" needs two hands but is also the ${other.kind} "${other.id}": ${why}`,
        hint: `use hands: one, or make the ${other.kind} another object`,
      })
    }
  })
  return problems
}
