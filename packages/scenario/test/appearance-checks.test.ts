// `appearance` on an object: its scale is a plain-number expression over the state (the renderer
// evaluates it with the core's evaluator), its colour is #rrggbb; errors located at file:line:col.
import { expect, it } from 'vitest'
import { formatProblem } from '@practicum/scenario'
import { fixtureText, validateText } from './support/fixtures.ts'

const text = fixtureText('valid', 'every-node.yaml')
const line = "appearance: { scale: { div: [{ state: smoke }, 100 ppm] }, color: '#4a4f57' }"
const problems = (to: string): string[] => {
  expect(text).toContain(line)
  return validateText(text.replace(line, to)).problems.map((problem) => formatProblem(problem))
}
const at = text.split('\n').findIndex((candidate) => candidate.includes(line)) + 1

it('the every-node fixture passes with an object drawn from its state', () => {
  const result = validateText(text)
  expect(result.problems).toEqual([])
  if (!result.ok) throw new Error('invalid')
  const floor = result.scenario.objects.find((object) => object.id === 'floor')
  expect(floor?.appearance).toMatchObject({
    scale: { div: [{ state: 'smoke' }, expect.any(Number)] },
    color: '#4a4f57',
  })
  // Quantities are SI: 100 ppm is 1e-4.
  const scale = floor?.appearance?.scale as { div: [unknown, number] }
  expect(scale.div[1]).toBeCloseTo(1e-4, 12)
})

it('refuses a scale that is a quantity, not a plain number, at its line', () => {
  const found = problems("appearance: { scale: { state: smoke }, color: '#4a4f57' }").join('\n')
  expect(found).toMatch(
    /the drawn scale of an object is a dimensionless, but this expression gives a concentration/,
  )
  expect(found).toContain(`:${at}:`)
})

it('refuses a scale over a state variable that does not exist, and a colour that is not #rrggbb', () => {
  const found = problems("appearance: { scale: { state: smok }, color: 'orange' }").join('\n')
  expect(found).toMatch(/smok/)
  expect(found).toMatch(/"orange" is not a colour written #rrggbb/)
  expect(found).toContain(`:${at}:`)
})
