/**
 * Whole seconds as `m:ss` (or `h:mm:ss` from an hour on).
 *
 * @example
 * formatClock(83) // '1:23'
 */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds))
  const s = whole % 60
  const m = Math.floor(whole / 60) % 60
  const h = Math.floor(whole / 3600)
  const ss = s < 10 ? `0${s}` : `${s}`
  if (h === 0) return `${m}:${ss}`
  return `${h}:${m < 10 ? `0${m}` : m}:${ss}`
}
