// `hands` on a grabbable, and what a hand can carry at all: errors located at file:line:col.
import { describe, expect, it } from 'vitest'
import { formatProblem } from '@practicum/scenario'
import { fixtureText, validateText } from './support/fixtures.ts'

const grabbable = '  - { kind: grabbable, id: lockGrab, object: lock, hands: one }\n'

const text = fixtureText('valid', 'every-node.yaml')
/** The line of every-node.yaml that declares its grabbable. */
const line = text.split('\n').indexOf(grabbable.trimEnd()) + 1

/** Validates every-node.yaml with its grabbable line replaced; each problem as file:line:col: message. */
function problemsWith(lines: string): string[] {
  expect(line).toBeGreaterThan(0)
  return validateText(text.replace(grabbable, lines)).problems.map((problem) => formatProblem(problem))
}

describe('grabbables', () => {
  it('take hands: one or two, nothing else', () => {
    expect(problemsWith(grabbable.replace('hands: one', 'hands: two'))).toEqual([])
    expect(problemsWith(grabbable.replace('hands: one', 'hands: 2'))).toEqual([
      `scenario.yaml:${line}:59: number 2 is not allowed here (interactables[0].hands)\n` +
        '  hint: expected one of "one", "two"',
    ])
  })

  it('refuse two hands on a jointed object, or one that is also turned, worn or read', () => {
    expect(problemsWith(grabbable.replace('object: lock, hands: one', 'object: door, hands: two'))).toEqual([
      `scenario.yaml:${line}:59: "door" needs two hands but hangs on joint "doorHinge"; a two-handed load is carried freely (interactables[0].hands)\n` +
        '  hint: use hands: one (a hand turns a jointed object about its joint)',
      `scenario.yaml:${line}:59: "door" needs two hands but is also the dial "valveDial": it is turned about its joint (interactables[0].hands)\n` +
        '  hint: use hands: one, or make the dial another object',
    ])
    expect(
      problemsWith(grabbable.replace('object: lock, hands: one', 'object: harness, hands: two')),
    ).toContain(
      `scenario.yaml:${line}:62: "harness" needs two hands but is also the wearable "harnessWear": it is put on with one hand (interactables[0].hands)\n` +
        '  hint: use hands: one, or make the wearable another object',
    )
  })

  it('must be on a dynamic body', () => {
    expect(problemsWith(grabbable.replace('object: lock', 'object: press'))).toEqual([
      `scenario.yaml:${line}:46: grabbable "lockGrab" is on "press", which is fixed; a hand moves only a dynamic body (interactables[0].object)\n` +
        '  hint: give "press" body: { type: dynamic }',
    ])
    expect(problemsWith(grabbable.replace('object: lock', 'object: harness'))).toEqual([
      `scenario.yaml:${line}:46: grabbable "lockGrab" is on "harness", which has no body; a hand moves only a dynamic body (interactables[0].object)\n` +
        '  hint: give "harness" body: { type: dynamic }',
    ])
  })

  it('are one per object, so the number of hands is said once', () => {
    expect(
      problemsWith(`${grabbable}  - { kind: grabbable, id: lockCarry, object: lock, hands: two }\n`),
    ).toEqual([
      `scenario.yaml:${line + 1}:47: "lock" already has the grabbable "lockGrab" (interactables[1].object)\n` +
        '  hint: give each object one grabbable; say there how many hands it needs',
    ])
  })
})

describe('interaction settings', () => {
  const settings = 'interaction: { reach: 12 cm, attachTolerance: 2 cm, distanceGrabRange: 2.5 m }'

  it('are read in SI, and each may be left out', () => {
    expect(text).toContain(settings)
    const read = (replacement: string) => {
      const result = validateText(text.replace(settings, replacement))
      return result.ok ? result.scenario.interaction : result.problems
    }
    expect(read(settings)).toEqual({ reach: 0.12, attachTolerance: 0.02, distanceGrabRange: 2.5 })
    expect(read('interaction: { reach: 15 cm }')).toEqual({
      reach: 0.15,
      attachTolerance: 0.03,
      distanceGrabRange: 3,
    })
    expect(read('')).toBeUndefined()
  })

  it('are checked against their ranges and units, where they are written', () => {
    const bad = 'interaction: { reach: 2 m, attachTolerance: 2 s, distanceGrabRange: -1 m }'
    const settingsLine = text.split('\n').indexOf(settings) + 1
    expect(settingsLine).toBeGreaterThan(0)
    expect(
      validateText(text.replace(settings, bad)).problems.map(
        (problem) => formatProblem(problem).split('\n')[0],
      ),
    ).toEqual([
      `scenario.yaml:${settingsLine}:23: 2 m is outside the allowed range 0.01…0.5 m (interaction.reach)`,
      `scenario.yaml:${settingsLine}:45: expected a length, found "2 s" (a time) (interaction.attachTolerance)`,
      `scenario.yaml:${settingsLine}:69: -1 m is outside the allowed range 0…20 m (interaction.distanceGrabRange)`,
    ])
  })
})
