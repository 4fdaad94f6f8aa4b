import { stringify } from 'yaml'

/** A small seeded generator (mulberry32): the same seed gives the same mutations. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = () => number
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const noise = [
  ':',
  '{',
  '}',
  '[',
  ']',
  '-',
  ',',
  '#',
  '"',
  "'",
  '\t',
  '\n',
  ' ',
  'x',
  '0',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
]
const values: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1e308,
  0.5,
  '',
  'x',
  '6 ft',
  '10 ppm',
  '90 deg',
  '1 kPa',
  '3 furlongs',
  'learner',
  [],
  {},
  [1, 2, 3],
  { all: [] },
  { stepDone: 'nope' },
  { kind: 'box' },
  '{value, number}',
  'press',
]

/** One random text-level mutation of YAML: lines dropped, doubled, swapped, re-indented; characters inserted or deleted. */
export function mutateText(text: string, random: Random): string {
  const lines = text.split('\n')
  const at = Math.floor(random() * lines.length)
  const line = lines[at] ?? ''
  switch (Math.floor(random() * 7)) {
    case 0:
      lines.splice(at, 1)
      break
    case 1:
      lines.splice(at, 0, line)
      break
    case 2: {
      const other = Math.floor(random() * lines.length)
      lines[at] = lines[other] ?? ''
      lines[other] = line
      break
    }
    case 3:
      lines[at] = random() < 0.5 ? ` ${line}` : line.replace(/^ {1,2}/, '')
      break
    case 4: {
      const column = Math.floor(random() * (line.length + 1))
      lines[at] = line.slice(0, column) + pick(random, noise) + line.slice(column)
      break
    }
    case 5: {
      const column = Math.floor(random() * line.length)
      lines[at] = line.slice(0, column) + line.slice(column + 1)
      break
    }
    default: {
      const words = text.match(/[A-Za-z][A-Za-z0-9.]*/g) ?? ['x']
      const word = pick(random, words)
      lines[at] = line.replace(/[A-Za-z][A-Za-z0-9.]*/, word)
    }
  }
  return lines.join('\n')
}

/** One random data-level mutation: a value replaced, a key dropped or misspelt, an id changed; written back as YAML or JSON. */
export function mutateData(data: unknown, random: Random): string {
  const copy = JSON.parse(JSON.stringify(data)) as unknown
  const containers: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = []
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        containers.push({ parent: value, key: index })
        visit(item)
      })
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        containers.push({ parent: value as Record<string, unknown>, key })
        visit(item)
      }
    }
  }
  visit(copy)
  const times = 1 + Math.floor(random() * 3)
  for (let i = 0; i < times && containers.length; i++) {
    const { parent, key } = pick(random, containers)
    const choice = random()
    if (Array.isArray(parent) && typeof key === 'number') {
      if (choice < 0.3) parent.splice(key, 1)
      else parent[key] = pick(random, values)
    } else if (!Array.isArray(parent) && typeof key === 'string') {
      if (choice < 0.3) delete parent[key]
      else if (choice < 0.5) {
        parent[`${key.slice(0, -1)}${pick(random, ['e', 's', ''])}`] = parent[key]
        delete parent[key]
      } else parent[key] = pick(random, values)
    }
  }
  // Half as YAML, half as JSON (which is YAML 1.2 too, and what tools may write).
  return random() < 0.5 ? stringify(copy) : JSON.stringify(copy, null, 1)
}
