import { object, optional, s } from '../kit/index.ts'

/** A BCP 47 language tag such as `en`, `fr` or `es-MX`. */
export const localeTag = {
  regex: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
  explain: 'a language tag such as "en" or "fr-CA"',
}

/** A learner-visible message in every declared locale. */
export const message = object('Message', {
  key: s.id('text').describe('The key other parts use to show this message.'),
  args: optional(
    s
      .record(
        { regex: '^[A-Za-z_][A-Za-z0-9_]*$', explain: 'an argument name' },
        s.enum(['number', 'string', 'date']).describe('Type of the argument.'),
      )
      .describe('Typed arguments of the message; the ICU placeholders must use exactly these.'),
  ),
  text: s
    .record(localeTag, s.string().describe('The ICU MessageFormat text in this locale.'))
    .describe('The text per locale, in ICU MessageFormat (e.g. "O₂ {value, number, ::percent .0}").'),
}).describe('A translatable message.')

/** The languages of the scenario. */
export const locales = object('Locales', {
  default: s.string(localeTag).describe('The language used when no better match exists.'),
  available: s
    .array(s.string(localeTag), 1)
    .describe('Every language the scenario provides; every message must exist in each.'),
  fallback: optional(
    s
      .record(localeTag, s.string(localeTag).describe('Fallback language.'))
      .describe(
        'Explicit fallbacks, e.g. {"pt": "es"}; otherwise fr-CA falls back to fr, then to the default.',
      ),
  ),
}).describe('Languages and fallback.')
