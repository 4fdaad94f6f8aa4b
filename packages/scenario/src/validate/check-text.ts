import type { PathProblem } from '../kit/index.ts'
import type { Scenario } from '../model/scenario.ts'
import { messageArguments } from '../text/message-arguments.ts'

/** Every message in every declared locale, valid ICU, using exactly its declared, typed arguments. */
export function checkText(scenario: Scenario): PathProblem[] {
  const problems: PathProblem[] = []
  const { available } = scenario.locales
  if (!available.includes(scenario.locales.default)) {
    problems.push({
      code: 'missing-text',
      path: ['locales', 'default'],
      message: `default locale "${scenario.locales.default}" is not in locales.available`,
      hint: `add ${scenario.locales.default} to locales.available`,
    })
  }
  for (const [from, to] of Object.entries(scenario.locales.fallback ?? {})) {
    if (!available.includes(to))
      problems.push({
        code: 'missing-text',
        path: ['locales', 'fallback', from],
        message: `fallback locale "${to}" is not in locales.available`,
        hint: 'fall back to a locale the scenario provides',
      })
  }
  scenario.messages.forEach((message, index) => {
    const path = ['messages', index]
    for (const locale of available) {
      if (message.text[locale] === undefined) {
        problems.push({
          code: 'missing-text',
          path: [...path, 'text'],
          message: `message "${message.key}" has no "${locale}" text`,
          hint: `add ${locale}: "…" (every locale in locales.available needs every message)`,
        })
      }
    }
    const declared = message.args ?? {}
    for (const [locale, text] of Object.entries(message.text)) {
      const at = [...path, 'text', locale]
      if (!available.includes(locale)) {
        problems.push({
          code: 'missing-text',
          path: at,
          message: `locale "${locale}" is not declared in locales.available`,
          hint: `add ${locale} to locales.available or remove this text`,
        })
        continue
      }
      const used = messageArguments(text, locale)
      if ('error' in used) {
        problems.push({
          code: 'text-arguments',
          path: at,
          message: `message "${message.key}" (${locale}) is not valid ICU MessageFormat: ${used.error}`,
          hint: 'check the braces: {name}, {name, number}, {n, plural, one {…} other {…}}',
        })
        continue
      }
      for (const [name, type] of used) {
        const declaredType = declared[name]
        if (declaredType === undefined) {
          problems.push({
            code: 'text-arguments',
            path: at,
            message: `message "${message.key}" (${locale}) uses {${name}}, which is not declared`,
            hint: `declare it under args, e.g. ${name}: ${type === 'any' ? 'string' : type}`,
          })
        } else if (type !== 'any' && type !== declaredType) {
          problems.push({
            code: 'text-arguments',
            path: at,
            message: `message "${message.key}" (${locale}) formats {${name}} as a ${type}, but it is declared a ${declaredType}`,
            hint: `declare ${name}: ${type}, or format it as a ${declaredType}`,
          })
        }
      }
    }
  })
  // An instrument formats its reading through its message: the message must take {value} as a number.
  scenario.interactables.forEach((interactable, index) => {
    if (interactable.kind !== 'instrument') return
    interactable.readings.forEach((reading, readingIndex) => {
      const message = scenario.messages.find((candidate) => candidate.key === reading.message)
      if (reading.message === undefined || !message || message.args?.['value'] === 'number') return
      problems.push({
        code: 'text-arguments',
        path: ['interactables', index, 'readings', readingIndex, 'message'],
        message: `reading "${reading.id}" is shown with message "${message.key}", which does not declare value: number`,
        hint: `declare args: { value: number } on "${message.key}" and use {value, number, …} in its texts`,
      })
    })
  })
  return problems
}
