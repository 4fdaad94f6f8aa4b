import { parseQuantity } from '@practicum/scenario'
import type { Hand } from '../actions/action.ts'
import type { BotCommand } from './bot-command.ts'

export type BotPath = readonly (string | number)[]
export interface BotProblem {
  path: BotPath
  message: string
}

type Point = [number, number, number]

/**
 * Reads a bot script from plain data (a parsed YAML or JSON file): a list of commands, or
 * `{ commands: [...] }`. Numbers are SI; strings may carry units ("90 deg", "1.2 m/s", "2 s").
 * Returns every problem with its path, never throws.
 */
export function readBotScript(data: unknown): { commands: BotCommand[]; problems: BotProblem[] } {
  const problems: BotProblem[] = []
  const list = Array.isArray(data)
    ? data
    : isRecord(data) && Array.isArray(data['commands'])
      ? data['commands']
      : undefined
  const base: BotPath = Array.isArray(data) ? [] : ['commands']
  if (!list)
    return {
      commands: [],
      problems: [{ path: [], message: 'a bot script is a list of commands (or { commands: [...] })' }],
    }
  const commands: BotCommand[] = []
  list.forEach((entry, index) => {
    const command = readCommand(entry, [...base, index], problems)
    if (command) commands.push(command)
  })
  return { commands, problems }
}

const commandNames = [
  'walkTo',
  'reach',
  'move',
  'grip',
  'release',
  'trigger',
  'hold',
  'triggerDown',
  'triggerUp',
  'look',
  'turn',
  'point',
  'aim',
  'wait',
  'teleport',
  'choose',
]

const article = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readCommand(entry: unknown, path: BotPath, problems: BotProblem[]): BotCommand | undefined {
  const fail = (at: BotPath, message: string): undefined => {
    problems.push({ path: at, message })
    return undefined
  }
  if (!isRecord(entry)) return fail(path, `a command is a mapping with one of ${commandNames.join(', ')}`)
  const name = Object.keys(entry).find((key) => commandNames.includes(key))
  if (!name) return fail(path, `unknown command; use one of ${commandNames.join(', ')}`)
  const value = entry[name]
  const at: BotPath = [...path, name]
  const num = (v: unknown, where: BotPath, dimension: string): number | undefined => {
    if (typeof v === 'number' && Number.isFinite(v)) return v
    if (typeof v === 'string') {
      const quantity = parseQuantity(v)
      if ('error' in quantity) return fail(where, quantity.error)
      if (quantity.dimension !== dimension)
        return fail(where, `"${v}" is ${article(quantity.dimension)}; expected ${article(dimension)}`)
      return quantity.si
    }
    return fail(
      where,
      `expected a number or a ${dimension} such as "1 ${dimension === 'length' ? 'm' : dimension === 'time' ? 's' : 'deg'}"`,
    )
  }
  const point = (v: unknown, where: BotPath): Point | undefined => {
    if (!Array.isArray(v) || v.length !== 3) return fail(where, 'expected a point [x, y, z]')
    const [x, y, z] = v.map((component, i) => num(component, [...where, i], 'length'))
    return x === undefined || y === undefined || z === undefined ? undefined : [x, y, z]
  }
  const hand = (v: unknown, where: BotPath): Hand | undefined =>
    v === 'left' || v === 'right' ? v : fail(where, 'expected "left" or "right"')
  const target = (v: unknown, where: BotPath): Point | string | undefined =>
    typeof v === 'string' ? v : point(v, where)
  const speed = (dimension: string): { speed?: number } => {
    if (entry['speed'] === undefined) return {}
    const value = num(entry['speed'], [...path, 'speed'], dimension)
    return value === undefined ? {} : { speed: value }
  }
  const field = (key: string): unknown => (isRecord(value) ? value[key] : undefined)
  switch (name) {
    case 'walkTo': {
      const p = point(value, at)
      return p && { walkTo: p, ...speed('velocity') }
    }
    case 'reach': {
      const h = hand(field('hand'), [...at, 'hand'])
      const to = target(field('to'), [...at, 'to'])
      const offset = field('offset') === undefined ? undefined : point(field('offset'), [...at, 'offset'])
      return h && to !== undefined
        ? { reach: { hand: h, to, ...(offset ? { offset } : {}) }, ...speed('velocity') }
        : undefined
    }
    case 'move': {
      const list = field('hands')
      const hands = Array.isArray(list) && list.length > 0 ? list : undefined
      if (!hands) return fail([...at, 'hands'], 'expected a list of hands, e.g. [left, right]')
      const chosen = hands.map((h, i) => hand(h, [...at, 'hands', i]))
      const by = point(field('by'), [...at, 'by'])
      if (new Set(chosen).size !== chosen.length)
        return fail([...at, 'hands'], 'each hand once: [left, right]')
      return chosen.every((h) => h !== undefined) && by
        ? { move: { hands: chosen as Hand[], by }, ...speed('velocity') }
        : undefined
    }
    case 'look': {
      const to = target(value, at)
      return to === undefined ? undefined : { look: to }
    }
    case 'grip':
    case 'release':
    case 'triggerDown':
    case 'triggerUp':
    case 'trigger': {
      const h = hand(value, at)
      return h && ({ [name]: h } as BotCommand)
    }
    case 'hold': {
      const h = hand(field('hand'), [...at, 'hand'])
      const seconds = num(field('seconds'), [...at, 'seconds'], 'time')
      return h && seconds !== undefined ? { hold: { hand: h, seconds } } : undefined
    }
    case 'turn': {
      const h = hand(field('hand'), [...at, 'hand'])
      const by = num(field('by'), [...at, 'by'], 'angle')
      const axis = point(field('axis'), [...at, 'axis'])
      return h && by !== undefined && axis
        ? { turn: { hand: h, by, axis }, ...speed('angularVelocity') }
        : undefined
    }
    case 'point': {
      const h = hand(field('hand'), [...at, 'hand'])
      const on = field('on')
      if (typeof on !== 'boolean') return fail([...at, 'on'], 'expected true or false')
      return h && { point: { hand: h, on } }
    }
    case 'aim': {
      const h = hand(field('hand'), [...at, 'hand'])
      const to = target(field('at'), [...at, 'at'])
      return h && to !== undefined ? { aim: { hand: h, at: to } } : undefined
    }
    case 'wait': {
      const seconds = num(value, at, 'time')
      return seconds === undefined ? undefined : { wait: seconds }
    }
    case 'teleport': {
      const p = point(value, at)
      return p && { teleport: p }
    }
    default:
      return typeof value === 'string' ? { choose: value } : fail(at, 'expected the choice as text')
  }
}
