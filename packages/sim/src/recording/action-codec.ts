import type { Action, Hand, TimedAction } from '../actions/action.ts'
import { positionQuantum, rotationQuantum } from '../actions/quantise.ts'

// A recording holds ~54,000 steps × 3 poses for a 10-minute attempt. As JSON that is tens of MB;
// here each action is a few zigzag varints: the step gap, a type code, and for poses the change of
// each quantised component since the same channel's previous pose (mostly 0 or ±1…±20).

const typeCodes = [
  'head',
  'hand:left',
  'hand:right',
  'point',
  'grip',
  'trigger',
  'teleport',
  'choose',
] as const
const hands: Hand[] = ['left', 'right']

class Writer {
  bytes: number[] = []
  uint(value: number): void {
    let v = value
    while (v >= 0x80) {
      this.bytes.push((v & 0x7f) | 0x80)
      v = Math.floor(v / 128)
    }
    this.bytes.push(v)
  }
  int(value: number): void {
    this.uint(value < 0 ? -2 * value - 1 : 2 * value)
  }
  /** Text as its UTF-16 code units (no TextEncoder: it is not in the ES library the core targets). */
  text(value: string): void {
    this.uint(value.length)
    for (let i = 0; i < value.length; i++) this.uint(value.charCodeAt(i))
  }
}

class Reader {
  offset = 0
  constructor(private readonly bytes: Uint8Array) {}
  get done(): boolean {
    return this.offset >= this.bytes.length
  }
  uint(): number {
    let value = 0
    let scale = 1
    for (;;) {
      const byte = this.bytes[this.offset++]
      if (byte === undefined) throw new RangeError('recording actions end in the middle of a number')
      value += (byte & 0x7f) * scale
      if (byte < 0x80) return value
      scale *= 128
    }
  }
  int(): number {
    const raw = this.uint()
    return raw % 2 === 1 ? -(raw + 1) / 2 : raw / 2
  }
  text(): string {
    const length = this.uint()
    let text = ''
    for (let i = 0; i < length; i++) text += String.fromCharCode(this.uint())
    return text
  }
}

const toInt = (value: number, quantum: number): number => Math.round(value / quantum)
const fromInt = (value: number, quantum: number): number => Number((value * quantum).toFixed(3)) + 0

type Channel = number[]
const poseInts = (a: Extract<Action, { position: unknown; rotation: unknown }>): number[] => [
  toInt(a.position.x, positionQuantum),
  toInt(a.position.y, positionQuantum),
  toInt(a.position.z, positionQuantum),
  toInt(a.rotation.x, rotationQuantum),
  toInt(a.rotation.y, rotationQuantum),
  toInt(a.rotation.z, rotationQuantum),
  toInt(a.rotation.w, rotationQuantum),
]

/** Encodes quantised timed actions as bytes (see the comment at the top). */
export function encodeActions(actions: readonly TimedAction[]): Uint8Array {
  const out = new Writer()
  const channels = new Map<string, Channel>()
  let previousStep = 0
  for (const { step, action } of actions) {
    const code = action.type === 'hand' ? `hand:${action.hand}` : action.type
    out.uint(step - previousStep)
    out.uint(typeCodes.indexOf(code as (typeof typeCodes)[number]))
    previousStep = step
    switch (action.type) {
      case 'head':
      case 'hand': {
        const now = poseInts(action)
        const before = channels.get(code) ?? [0, 0, 0, 0, 0, 0, 0]
        for (let i = 0; i < 7; i++) out.int(now[i]! - before[i]!)
        channels.set(code, now)
        break
      }
      case 'point':
        out.uint(hands.indexOf(action.hand) * 2 + (action.on ? 1 : 0))
        break
      case 'grip':
      case 'trigger':
        out.uint(hands.indexOf(action.hand) * 2 + (action.pressed ? 1 : 0))
        break
      case 'teleport':
        out.int(toInt(action.position.x, positionQuantum))
        out.int(toInt(action.position.y, positionQuantum))
        out.int(toInt(action.position.z, positionQuantum))
        break
      case 'choose':
        out.text(action.choice)
        break
    }
  }
  return Uint8Array.from(out.bytes)
}

/** Decodes {@link encodeActions}'s bytes; throws a RangeError on bytes it did not write. */
export function decodeActions(bytes: Uint8Array): TimedAction[] {
  const input = new Reader(bytes)
  const channels = new Map<string, Channel>()
  const actions: TimedAction[] = []
  let step = 0
  while (!input.done) {
    step += input.uint()
    const code = typeCodes[input.uint()]
    if (code === undefined) throw new RangeError(`unknown action code at byte ${input.offset}`)
    let action: Action
    if (code === 'head' || code === 'hand:left' || code === 'hand:right') {
      const before = channels.get(code) ?? [0, 0, 0, 0, 0, 0, 0]
      const now = before.map((value) => value + input.int())
      channels.set(code, now)
      const position = {
        x: fromInt(now[0]!, positionQuantum),
        y: fromInt(now[1]!, positionQuantum),
        z: fromInt(now[2]!, positionQuantum),
      }
      const rotation = {
        x: fromInt(now[3]!, rotationQuantum),
        y: fromInt(now[4]!, rotationQuantum),
        z: fromInt(now[5]!, rotationQuantum),
        w: fromInt(now[6]!, rotationQuantum),
      }
      action =
        code === 'head'
          ? { type: 'head', position, rotation }
          : { type: 'hand', hand: code === 'hand:left' ? 'left' : 'right', position, rotation }
    } else if (code === 'point' || code === 'grip' || code === 'trigger') {
      const packed = input.uint()
      const hand = hands[packed >> 1] ?? 'right'
      action =
        code === 'point'
          ? { type: 'point', hand, on: (packed & 1) === 1 }
          : { type: code, hand, pressed: (packed & 1) === 1 }
    } else if (code === 'teleport') {
      const x = fromInt(input.int(), positionQuantum)
      const y = fromInt(input.int(), positionQuantum)
      const z = fromInt(input.int(), positionQuantum)
      action = { type: 'teleport', position: { x, y, z } }
    } else action = { type: 'choose', choice: input.text() }
    actions.push({ step, action })
  }
  return actions
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Base64 without Buffer or btoa (the core runs in Node and browsers alike). */
export function toBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]]
    const n = (a << 16) | (b << 8) | c
    out += alphabet[(n >> 18) & 63]! + alphabet[(n >> 12) & 63]!
    out += i + 1 < bytes.length ? alphabet[(n >> 6) & 63]! : '='
    out += i + 2 < bytes.length ? alphabet[n & 63]! : '='
  }
  return out
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '')
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let o = 0
  for (let i = 0; i < clean.length; i += 4) {
    const values = [0, 1, 2, 3].map((k) => {
      const ch = clean[i + k]
      if (ch === undefined) return 0
      const v = alphabet.indexOf(ch)
      if (v < 0) throw new RangeError(`not base64 at character ${i + k}`)
      return v
    })
    const n = (values[0]! << 18) | (values[1]! << 12) | (values[2]! << 6) | values[3]!
    if (o < out.length) out[o++] = (n >> 16) & 255
    if (o < out.length) out[o++] = (n >> 8) & 255
    if (o < out.length) out[o++] = n & 255
  }
  return out
}
