// `fallArrest`: a connector's hook must be accepted by an attach point, a fixed anchorage needs a
// body, and the records go into number state variables; errors located at file:line:col.
import { expect, it } from 'vitest'
import { formatProblem } from '@practicum/scenario'
import { fixtureText, validateText } from './support/fixtures.ts'

const text = fixtureText('valid', 'every-node.yaml')
const problems = (from: string, to: string): string[] => {
  expect(text).toContain(from)
  return validateText(text.replace(from, to)).problems.map((problem) => formatProblem(problem))
}

it('the every-node fixture passes with its fall-arrest section', () => {
  expect(validateText(text).problems).toEqual([])
})

it('refuses a hook no attach point accepts', () => {
  expect(problems('{ id: lanyard, hook: lock,', '{ id: lanyard, hook: meter,').join('\n')).toMatch(
    /no attach point accepts "meter", so connector "lanyard" can never be anchored \(fallArrest\.connectors\[0\]\.hook\)/,
  )
})

it('refuses a connector with both a hook and an anchor, and an anchorage without a body', () => {
  expect(
    problems('{ id: lifeline, anchor: press,', '{ id: lifeline, hook: lock, anchor: harness,').join('\n'),
  ).toMatch(/connector "lifeline" needs exactly one of hook and anchor[\s\S]*anchor "harness" has no body/)
})

it('refuses records that go into a state variable that is not a number', () => {
  expect(problems('landed: valveAngle', 'landed: powerOn').join('\n')).toMatch(
    /records\.landed goes into "powerOn", which is not a number state variable \(fallArrest\.records\.landed\)/,
  )
})
