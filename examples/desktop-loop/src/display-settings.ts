import { resolveLocale, type Scenario } from '@practicum/scenario'
import { parseTextSize, type TextSize } from '@practicum/xr'

/** The learner's language and text size at launch. */
export interface DisplaySettings {
  locale: string
  textSize: TextSize
}

/**
 * Reads `?lang=fr&text=large`: the language is one of the scenario's (`fr-CA` plays `fr`; an
 * unknown one plays its default), the text size one of `small | medium | large | x-large`.
 */
export function readDisplaySettings(search: string, scenario: Scenario): DisplaySettings {
  const params = new URLSearchParams(search)
  const lang = params.get('lang')
  return {
    locale: lang ? resolveLocale(scenario, lang) : scenario.locales.default,
    textSize: parseTextSize(params.get('text')),
  }
}
