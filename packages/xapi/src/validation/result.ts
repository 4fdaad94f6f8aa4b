import { isDuration, isIri } from './formats.ts'
import { checkBoolean, checkObject, checkString, child, report, type Checker } from './issues.ts'
import { checkExtensions } from './language-map.ts'

function checkScore(checker: Checker, value: unknown, path: string): void {
  if (!checkObject(checker, value, path, ['scaled', 'raw', 'min', 'max'])) return
  const numbers: Record<string, number> = {}
  for (const key of ['scaled', 'raw', 'min', 'max']) {
    const item = value[key]
    if (item === undefined) continue
    if (typeof item !== 'number' || !Number.isFinite(item))
      report(checker, child(path, key), 'must be a number')
    else numbers[key] = item
  }
  const { scaled, raw, min, max } = numbers
  if (scaled !== undefined && (scaled < -1 || scaled > 1))
    report(checker, child(path, 'scaled'), 'must be between -1 and 1')
  if (min !== undefined && max !== undefined && max <= min)
    report(checker, child(path, 'max'), 'must be greater than min')
  if (raw !== undefined && min !== undefined && raw < min)
    report(checker, child(path, 'raw'), 'must not be below min')
  if (raw !== undefined && max !== undefined && raw > max)
    report(checker, child(path, 'raw'), 'must not be above max')
}

/** Checks a Result: score ranges, booleans, an ISO 8601 duration, IRI-keyed extensions. */
export function checkResult(checker: Checker, value: unknown, path: string): void {
  const keys = ['score', 'success', 'completion', 'response', 'duration', 'extensions']
  if (!checkObject(checker, value, path, keys)) return
  if (value.score !== undefined) checkScore(checker, value.score, child(path, 'score'))
  if (value.success !== undefined) checkBoolean(checker, value.success, child(path, 'success'))
  if (value.completion !== undefined) checkBoolean(checker, value.completion, child(path, 'completion'))
  if (value.response !== undefined) checkString(checker, value.response, child(path, 'response'))
  if (
    value.duration !== undefined &&
    checkString(checker, value.duration, child(path, 'duration')) &&
    !isDuration(value.duration)
  )
    report(checker, child(path, 'duration'), 'must be an ISO 8601 duration such as PT1H30M')
  if (value.extensions !== undefined)
    checkExtensions(checker, value.extensions, child(path, 'extensions'), isIri)
}
