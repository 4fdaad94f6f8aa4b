/** What a held key does each frame on desktop. */
export type HeldIntent =
  | 'forward'
  | 'back'
  | 'left'
  | 'right'
  | 'turnLeft'
  | 'turnRight'
  | 'lookUp'
  | 'lookDown'
  | 'handForward'
  | 'handBack'
  | 'handLeft'
  | 'handRight'
  | 'handUp'
  | 'handDown'
  | 'twistLeft'
  | 'twistRight'

/** What a key press does once: grip toggles (no key to hold down), trigger follows the key. */
export type PressIntent = 'grip' | 'trigger' | 'point'

export type Intent = HeldIntent | PressIntent

/**
 * `KeyboardEvent.code` → intent. Codes, not characters, so the layout (AZERTY, QWERTZ) keeps the
 * keys where they sit. Walk with WASD or the arrows, turn with Q/E or ←/→, look with R/F; move the
 * hand with I/J/K/L (forward, left, back, right) and U/O (up, down), twist it with Z/X (counter-
 * clockwise, clockwise: a valve's handle); G grips, Space or T triggers (T also while a button has
 * focus, where Space presses the button), P points.
 */
export const defaultKeyBindings: Readonly<Record<string, Intent>> = {
  KeyW: 'forward',
  ArrowUp: 'forward',
  KeyS: 'back',
  ArrowDown: 'back',
  KeyA: 'left',
  KeyD: 'right',
  KeyQ: 'turnLeft',
  ArrowLeft: 'turnLeft',
  KeyE: 'turnRight',
  ArrowRight: 'turnRight',
  KeyR: 'lookUp',
  KeyF: 'lookDown',
  KeyI: 'handForward',
  KeyK: 'handBack',
  KeyJ: 'handLeft',
  KeyL: 'handRight',
  KeyU: 'handUp',
  KeyO: 'handDown',
  KeyZ: 'twistLeft',
  KeyX: 'twistRight',
  KeyG: 'grip',
  Space: 'trigger',
  KeyT: 'trigger',
  KeyP: 'point',
}

const pressIntents: ReadonlySet<Intent> = new Set<PressIntent>(['grip', 'trigger', 'point'])

export function isPressIntent(intent: Intent): intent is PressIntent {
  return pressIntents.has(intent)
}
