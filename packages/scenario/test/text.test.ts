import { describe, expect, it } from 'vitest'
import { formatText, resolveLocale } from '@practicum/scenario'
import { fixtureText, validateText } from './support/fixtures.ts'

function scenario(name: string) {
  const result = validateText(fixtureText('valid', name))
  if (!result.ok) throw new Error(`${name} is invalid`)
  return result.scenario
}

describe('text', () => {
  const tank = scenario('confined-space.yaml')
  const every = scenario('every-node.yaml')

  it('formats numbers per locale: 19,5 % in French, 19.5% in English', () => {
    // CLDR's no-break space before % is U+00A0 in older ICU data (Node 20) and U+202F in newer.
    expect(formatText(tank, 'o2Display', { value: 0.195 }, 'fr')).toMatch(/^O₂ 19,5[\u00a0\u202f]%$/)
    expect(formatText(tank, 'o2Display', { value: 0.195 }, 'en')).toBe('O₂ 19.5%')
    expect(formatText(tank, 'o2Display', { value: 0.195 }, 'es')).toMatch(/^O₂ 19,5[\u00a0\u202f]%$/)
  })

  it('uses plural, select and date arguments', () => {
    const when = new Date(Date.UTC(2026, 10, 29, 12))
    expect(formatText(every, 't.elapsed', { count: 1, when, level: 'high' }, 'en')).toMatch(
      /^1 minute since 11\/29\/26, high$/,
    )
    expect(formatText(every, 't.elapsed', { count: 3, when, level: 'x' }, 'fr')).toMatch(
      /^3 minutes depuis 29\/11\/(20)?26, bas$/,
    )
  })

  it('falls back: explicit fallback, then language, then the default', () => {
    expect(resolveLocale(every, 'es')).toBe('fr')
    expect(resolveLocale(tank, 'fr-CA')).toBe('fr')
    expect(resolveLocale(tank, 'de')).toBe('en')
    expect(formatText(every, 't.title', {}, 'es-MX')).toBe('Consignation de la presse')
  })

  it('throws on a key the scenario does not declare (validation catches these in files)', () => {
    expect(() => formatText(tank, 'nope')).toThrow(/unknown message key/)
  })

  it('reports an argument formatted with another type than declared', () => {
    const text = fixtureText('valid', 'confined-space.yaml').replace(
      'args: { value: number }',
      'args: { value: string }',
    )
    const result = validateText(text, 'tank.yaml')
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'reading "o2" is shown with message "o2Display", which does not declare value: number',
      ...['en', 'fr', 'es'].map(
        (locale) =>
          `message "o2Display" (${locale}) formats {value} as a number, but it is declared a string`,
      ),
    ])
  })

  it('requires the message of an instrument reading to take {value} as a number', () => {
    const text = fixtureText('valid', 'confined-space.yaml')
      .replace('args: { value: number }', 'args: { level: number }')
      .replaceAll('{value, number', '{level, number')
    expect(validateText(text, 'tank.yaml').problems.map((problem) => problem.message)).toEqual([
      'reading "o2" is shown with message "o2Display", which does not declare value: number',
    ])
  })

  it('reports broken ICU syntax with its place', () => {
    const text = fixtureText('valid', 'confined-space.yaml').replace(
      "es: 'O₂ {value, number, ::percent .0}'",
      "es: 'O₂ {value, number'",
    )
    const result = validateText(text, 'tank.yaml')
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'text-arguments', path: 'messages[5].text.es', line: 143, column: 13 }),
    ])
  })
})
