// The string formats xAPI names (xAPI 2.0.0 §4.2.7 "Additional Requirements for Data Types").
// Pure functions: this module also runs in browsers.

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** True for a UUID in its canonical 8-4-4-4-12 hex form (RFC 4122). */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value)
}

// RFC 3987 IRI, pragmatically: a scheme, a colon, and no whitespace, angle brackets or quotes.
const iriPattern = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/u

/** True for an absolute IRI (a scheme, then a body without spaces). */
export function isIri(value: string): boolean {
  return iriPattern.test(value) && value.length > value.indexOf(':') + 1
}

/** True for an IRL: an IRI that can be resolved (http, https and friends need an authority). */
export function isIrl(value: string): boolean {
  if (!isIri(value)) return false
  return /^https?:/i.test(value) ? /^https?:\/\/[^/?#\s]+/i.test(value) : true
}

/** True for a `mailto:` IRI with one `@`. */
export function isMailtoIri(value: string): boolean {
  return /^mailto:[^@\s:]+@[^@\s]+$/i.test(value)
}

/** True for the hex SHA-1 of a mailto IRI (40 hex digits). */
export function isSha1Hex(value: string): boolean {
  return /^[0-9a-f]{40}$/i.test(value)
}

/** True for a hex SHA-2 digest (SHA-224 to SHA-512: 56 to 128 hex digits). */
export function isSha2Hex(value: string): boolean {
  return /^[0-9a-f]{56,128}$/i.test(value)
}

const timestampPattern =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):?(\d{2}))?$/

/**
 * True for an RFC 3339 / ISO 8601 timestamp. `requireZone` (xAPI 2.0.0) refuses one without a
 * time zone; the unknown-offset form `-00:00` is always refused (xAPI §4.2.7).
 */
export function isTimestamp(value: string, requireZone = true): boolean {
  const match = timestampPattern.exec(value)
  if (!match) return false
  const [, , month, day, hour, minute, second, , zone, sign, offsetHour, offsetMinute] = match
  if (zone === undefined && requireZone) return false
  if (sign === '-' && offsetHour === '00' && offsetMinute === '00') return false
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return false
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return false
  if (offsetHour !== undefined && (Number(offsetHour) > 23 || Number(offsetMinute) > 59)) return false
  return !Number.isNaN(
    Date.parse(zone === undefined ? `${value}Z` : value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')),
  )
}

const number = String.raw`\d+(?:[.,]\d+)?`
const durationPattern = new RegExp(
  `^P(?:(${number}Y)?(${number}M)?(${number}D)?(?:T(${number}H)?(${number}M)?(${number}S)?)?|(${number}W))$`,
)

/** True for an ISO 8601 duration such as `PT1H30M`, `P1D` or `PT4.25S` (not `P`, `PT` or `P1DT`). */
export function isDuration(value: string): boolean {
  const match = durationPattern.exec(value)
  if (!match) return false
  const parts = match.slice(1)
  if (parts.every((part) => part === undefined)) return false
  // A `T` must be followed by at least one time part: `P1DT` is invalid.
  if (value.includes('T') && parts.slice(3, 6).every((part) => part === undefined)) return false
  return true
}

// RFC 5646 language tags, enough of the grammar to refuse what is not one.
const languageTagPattern = new RegExp(
  '^(?:' +
    '[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8}' +
    ')(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\\d{3}))?(?:-(?:[a-z\\d]{5,8}|\\d[a-z\\d]{3}))*' +
    '(?:-[\\da-wyz](?:-[a-z\\d]{2,8})+)*(?:-x(?:-[a-z\\d]{1,8})+)?$' +
    '|^x(?:-[a-z\\d]{1,8})+$' +
    '|^(?:en-GB-oed|i-[a-z]{3,8}|sgn-[a-z]{2}-[a-z]{2,3})$',
  'i',
)

/** True for an RFC 5646 language tag such as `en`, `en-US`, `zh-Hant-TW` or `und`. */
export function isLanguageTag(value: string): boolean {
  return languageTagPattern.test(value)
}
