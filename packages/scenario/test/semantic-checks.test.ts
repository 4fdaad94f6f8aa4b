import { describe, expect, it } from 'vitest'
import { fixtureText, validateText } from './support/fixtures.ts'

/** Validates every-node.yaml with one text replacement and returns `code: message` of each problem. */
function problemsAfter(from: string, to: string): string[] {
  const text = fixtureText('valid', 'every-node.yaml')
  expect(text).toContain(from)
  return validateText(text.replace(from, to)).problems.map((problem) => `${problem.code}: ${problem.message}`)
}

describe('static checks beyond the schema', () => {
  it('finds a cycle of parents', () => {
    expect(problemsAfter('    name: t.floor\n', '    name: t.floor\n    parent: ram\n')).toEqual([])
    expect(
      problemsAfter(
        '  - id: press\n    name: t.press\n',
        '  - id: press\n    name: t.press\n    parent: ram\n',
      ),
    ).toEqual([
      'cycle: objects are their own parents: press → ram → press',
      'cycle: objects are their own parents: ram → press → ram',
    ])
  })

  it('asks a critical step for the critical error it records', () => {
    expect(
      problemsAfter(
        'critical: true, criticalError: noLock, hint: t.hintIsolate',
        'critical: true, hint: t.hintIsolate',
      ),
    ).toEqual(['required: critical step "isolate" names no critical error'])
  })

  it('checks the state behind toggles and dials', () => {
    expect(
      problemsAfter(
        '{ kind: toggle, id: disconnect, object: press, state: powerOn',
        '{ kind: toggle, id: disconnect, object: press, state: valveAngle',
      ),
    ).toEqual(['expression-type: a toggle needs a boolean state; "valveAngle" is a number'])
    expect(problemsAfter('joint: doorHinge, state: valveAngle', 'joint: ramSlide, state: h2sBase')).toEqual([
      'expression-type: a dial turns about a hinge; "ramSlide" is a slider',
      'dimension: a dial sets an angle; state "h2sBase" is a concentration',
    ])
  })

  it('checks assignments against the type of their variable', () => {
    expect(
      problemsAfter('set: [{ state: pressure, value: bled }', 'set: [{ state: pressure, to: 3 }'),
    ).toEqual(['expression-type: state "pressure" needs exactly "value", found to'])
    expect(
      problemsAfter('set: [{ state: pressure, value: bled }', 'set: [{ state: pressure, value: empty }'),
    ).toEqual(['invalid-value: "empty" is not a value of "pressure"'])
  })

  it('checks units of expressions deep inside tables and clamps', () => {
    expect(
      problemsAfter('[[0 m, 19.5 %vol], [2 m, 20.9 %vol]]', '[[0 m, 19.5 %vol], [2 s, 20.9 %vol]]'),
    ).toEqual(['dimension: table inputs: a length and a time do not match'])
    expect(problemsAfter('min: 0 ppm, max: 500 ppm', 'min: 0 ppm, max: 500 kPa')).toEqual([
      'dimension: clamp: a concentration and a pressure do not match',
    ])
  })

  it('checks that readings, assignments and draws have the dimension of what receives them', () => {
    expect(
      problemsAfter("unit: '%vol'\n        value: { approach:", "unit: 'ppm'\n        value: { approach:"),
    ).toEqual([])
    expect(
      problemsAfter("unit: '%vol'\n        value: { approach:", "unit: 'V'\n        value: { approach:"),
    ).toEqual([
      'dimension: reading "o2" (shown in V) is a voltage, but this expression gives a concentration',
      'dimension: comparison lt: a voltage and a concentration do not match',
    ])
    expect(
      problemsAfter(
        '{ state: h2sBase, to: { add: [{ state: h2sBase }, 1 ppm] } }',
        '{ state: h2sBase, to: 2 m }',
      ),
    ).toEqual(['dimension: state "h2sBase" is a concentration, but this expression gives a length'])
    expect(
      problemsAfter(
        'effects: [{ set: { state: h2sBase, to: 15 ppm } }]',
        'effects: [{ set: { state: h2sBase, to: 15 kPa } }]',
      ),
    ).toEqual(['dimension: state "h2sBase" is a concentration, but this expression gives a pressure'])
    expect(
      problemsAfter(
        'draws: [{ state: h2sBase, min: 0 ppm, max: 5 ppm }]',
        'draws: [{ state: h2sBase, min: 0 ppm, max: 5 deg }]',
      ),
    ).toEqual(['dimension: "5 deg" is an angle but the unit "ppm" is a concentration'])
  })

  it('checks enum and person-state values used in conditions', () => {
    expect(
      problemsAfter(
        '{ stateIs: { state: pressure, value: bled } } }',
        '{ stateIs: { state: pressure, value: bleed } } }',
      ),
    ).toEqual(['unknown-reference: "bleed" is not a value of "pressure"'])
    expect(
      problemsAfter(
        '{ personState: { person: coworker, is: clear } }',
        '{ personState: { person: coworker, is: gone } }',
      ),
    ).toEqual(['unknown-reference: "gone" is not a state of "coworker"'])
  })

  it('checks that a ray starts from and hits objects with a body, along a direction', () => {
    expect(
      problemsAfter(
        'rayHits: { from: press, direction: [0, 0, -1], target: door,',
        'rayHits: { from: harness, direction: [0, 0, 0], target: door,',
      ),
    ).toEqual([
      'invalid-value: a ray starts from a physics body; "harness" has none',
      'invalid-value: a ray needs a direction; [0, 0, 0] has none',
    ])
  })

  it('finds a step that needs an alternative to itself', () => {
    expect(
      problemsAfter(
        '{ id: block, title: t.block, doneWhen: { ne:',
        '{ id: block, title: t.block, requires: { stepDone: bleed }, doneWhen: { ne:',
      ),
    ).toEqual(['never-completable: step "block" needs step "bleed", an alternative to it (oneOf)'])
  })

  it('still runs the checks of sound sections when another section is broken', () => {
    expect(
      problemsAfter(
        '    severity: fatal\n    consequence: { outcome: fail, message: t.crushed, criticalError: noLock }',
        '    severity: deadly',
      ).concat(problemsAfter('fr: Consignation de la presse', 'de: Pressenverriegelung')),
    ).toEqual([
      'invalid-value: "deadly" is not allowed here',
      'missing-text: message "t.title" has no "fr" text',
      'missing-text: locale "de" is not declared in locales.available',
    ])
    const both = fixtureText('valid', 'every-node.yaml')
      .replace(
        '    severity: fatal\n    consequence: { outcome: fail, message: t.crushed, criticalError: noLock }',
        '    severity: deadly',
      )
      .replace('fr: Consignation de la presse', 'de: Pressenverriegelung')
      .replace(
        '{ kind: toggle, id: disconnect, object: press, state: powerOn',
        '{ kind: toggle, id: disconnect, object: press, state: valveAngle',
      )
    expect(validateText(both).problems.map((problem) => problem.code)).toEqual([
      'expression-type',
      'invalid-value',
      'missing-text',
      'missing-text',
    ])
  })

  it('reports a structural problem and an unknown reference together', () => {
    expect(problemsAfter('    parent: press\n', '    parent: prress\n').length).toBe(1)
    expect(
      problemsAfter(
        '    body: { type: kinematic, mass: 120 kg }',
        '    body: { type: kinematic, mass: 120 kPa }\n    defect: t.cutt',
      ),
    ).toEqual([
      'dimension: expected a mass, found "120 kPa" (a pressure)',
      'unknown-reference: unknown text "t.cutt"',
    ])
  })
})
