import { isRovingKey, rovingGroupAttribute } from '../a11y/roving-focus.ts'

/**
 * Keys that belong to the focused element: all of them in a text field, the arrows, Home and End
 * in a roving list (they move through it), Enter and Space on a button or link (they press it).
 * Every other key drives the learner wherever focus is, so the keyboard-only path can reach with a
 * mirror button and grip (G) or use (T) without leaving it.
 */
export function keyBelongsToFocus(event: Pick<KeyboardEvent, 'key' | 'code' | 'target'>): boolean {
  const element = event.target as { closest?: (selector: string) => unknown } | null
  if (element?.closest?.('input, select, textarea, [contenteditable]')) return true
  if (isRovingKey(event.key) && element?.closest?.(`[${rovingGroupAttribute}]`)) return true
  const pressesControl = event.code === 'Enter' || event.code === 'NumpadEnter' || event.code === 'Space'
  return pressesControl && Boolean(element?.closest?.('button, a[href]'))
}
