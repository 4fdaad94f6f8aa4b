import { describe, expect, it } from 'vitest'
import { formatProblem, validateScenario } from '@practicum/scenario'
import { fixtureNames, fixtureText, validateText } from './support/fixtures.ts'

describe('valid fixtures', () => {
  it.each(fixtureNames('valid'))('%s validates with no problem', (name) => {
    const result = validateText(fixtureText('valid', name), name)
    expect(result.problems.map((problem) => formatProblem(problem))).toEqual([])
    expect(result.ok).toBe(true)
  })

  it.each(fixtureNames('valid'))('%s is plain JSON after validation (a JSON round trip is equal)', (name) => {
    const result = validateText(fixtureText('valid', name), name)
    if (!result.ok) throw new Error('fixture is invalid')
    expect(JSON.parse(JSON.stringify(result.scenario))).toStrictEqual(result.scenario)
  })

  it.each(fixtureNames('valid'))(
    '%s validates to itself once validated (SI numbers read back as SI)',
    (name) => {
      const first = validateText(fixtureText('valid', name), name)
      if (!first.ok) throw new Error('fixture is invalid')
      const again = validateScenario(JSON.parse(JSON.stringify(first.scenario)))
      expect(again.problems).toEqual([])
      if (again.ok) expect(again.scenario).toStrictEqual(first.scenario)
    },
  )

  it.each(fixtureNames('valid'))(
    '%s has every valid fixture at most 300 lines (the property test mutates them)',
    (name) => {
      expect(fixtureText('valid', name).split('\n').length).toBeLessThanOrEqual(300)
    },
  )
})
