// `climbs`: a ladder joins two different zones, its hands-free rule records into a boolean state
// variable, and its references are checked; errors located at file:line:col.
import { expect, it } from 'vitest'
import { formatProblem } from '@practicum/scenario'
import { fixtureText, validateText } from './support/fixtures.ts'

const text = fixtureText('valid', 'every-node.yaml')
const problems = (from: string, to: string): string[] => {
  expect(text).toContain(from)
  return validateText(text.replace(from, to)).problems.map((problem) => formatProblem(problem))
}

it('the every-node fixture passes with its climb, defaults filled in', () => {
  const result = validateText(text.replace('handsFree: { hands: 2, ', 'handsFree: { '))
  expect(result.problems).toEqual([])
  expect(result.ok && result.scenario.climbs[0]?.handsFree).toEqual({
    hands: 2,
    source: 'OSHA 29 CFR 1926.1053(b)(21)-(22)',
    record: 'startPressed',
  })
})

it('refuses a climb with the same zone at both ends', () => {
  expect(problems('between: [danger, pit]', 'between: [pit, pit]').join('\n')).toMatch(
    /:233:46: climb "pitLadder" has the same zone "pit" at both ends \(climbs\[0\]\.between\)/,
  )
})

it('refuses a record into a state variable that is not boolean, and an unknown zone', () => {
  expect(problems('record: startPressed', 'record: valveAngle').join('\n')).toMatch(
    /records into "valveAngle", which is not a boolean state variable \(climbs\[0\]\.handsFree\.record\)/,
  )
  expect(problems('between: [danger, pit]', 'between: [danger, pitt]').join('\n')).toMatch(
    /unknown zone "pitt"/,
  )
})

it('refuses a number of free hands other than 1 or 2', () => {
  expect(problems('handsFree: { hands: 2,', 'handsFree: { hands: 3,').join('\n')).toMatch(
    /climbs\[0\]\.handsFree\.hands/,
  )
})
