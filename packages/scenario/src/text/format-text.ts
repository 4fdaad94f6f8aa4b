import { IntlMessageFormat } from 'intl-messageformat'
import type { Scenario } from '../model/scenario.ts'

/** Argument values of a message. */
export type TextArguments = Readonly<Record<string, string | number | Date>>

const cache = new WeakMap<Scenario, Map<string, IntlMessageFormat>>()

/**
 * The locale of the scenario that serves `requested`: itself, its explicit fallback, its
 * language (`fr-CA` → `fr`), then the default.
 */
export function resolveLocale(scenario: Scenario, requested: string): string {
  const { available, fallback = {}, default: defaultLocale } = scenario.locales
  const seen = new Set<string>()
  let candidate: string | undefined = requested
  while (candidate !== undefined && !seen.has(candidate)) {
    seen.add(candidate)
    if (available.includes(candidate)) return candidate
    candidate =
      fallback[candidate] ??
      (candidate.includes('-') ? candidate.slice(0, candidate.lastIndexOf('-')) : undefined)
  }
  return defaultLocale
}

/**
 * Formats the message `key` in `locale` (with fallback), numbers and dates per locale.
 *
 * @example
 * formatText(scenario, 'o2.reading', { value: 0.195 }, 'fr') // "O₂ 19,5 %"
 */
export function formatText(
  scenario: Scenario,
  key: string,
  args: TextArguments = {},
  locale = scenario.locales.default,
): string {
  const message = scenario.messages.find((candidate) => candidate.key === key)
  if (!message) throw new RangeError(`unknown message key "${key}"`)
  const resolved = resolveLocale(scenario, locale)
  const text = message.text[resolved] ?? message.text[scenario.locales.default]
  if (text === undefined) throw new RangeError(`message "${key}" has no text in "${resolved}"`)
  let formatters = cache.get(scenario)
  if (!formatters) cache.set(scenario, (formatters = new Map()))
  const cacheKey = `${key}\u0000${resolved}`
  let formatter = formatters.get(cacheKey)
  if (!formatter) formatters.set(cacheKey, (formatter = new IntlMessageFormat(text, resolved)))
  return String(formatter.format(args))
}
