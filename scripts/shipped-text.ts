// Every string Practicum shows as in-world text: each message of each shipped scenario in each of
// its locales, the runtime's own words in each locale, and what number formatting adds. The font
// atlas is built from these characters (build-font-atlas.ts) and a test checks it holds them all.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { parseScenario } from '@practicum/scenario'
import { localeNames, runtimeLocales } from '../packages/xr/src/i18n/runtime-text.ts'

/** One shown string and where it comes from (named in a missing-character report). */
export interface ShippedString {
  source: string
  text: string
}

/** A character the atlas lacks, with the first string that needs it. */
export interface MissingCharacter {
  character: string
  codePoint: string
  source: string
}

// Printable ASCII (digits, timers, formatted numbers) and the spaces French number formatting uses.
const formatting = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}\u00a0\u202f…·’`

function scenarioStrings(root: string): ShippedString[] {
  const folder = path.join(root, 'scenarios')
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name, 'scenario.yaml')
    if (!entry.isDirectory() || !existsSync(file)) return []
    const { data } = parseScenario(readFileSync(file, 'utf8'), { file })
    const messages = (data as { messages?: { key: string; text: Record<string, string> }[] }).messages ?? []
    const relative = path.relative(root, file)
    return messages.flatMap((message) =>
      Object.entries(message.text).map(([locale, text]) => ({
        source: `${relative}: ${message.key} (${locale})`,
        text,
      })),
    )
  })
}

/** The strings of a words object; a word that takes an argument is called with an empty one. */
function wordsOf(value: unknown, source: string): ShippedString[] {
  if (typeof value === 'string') return [{ source, text: value }]
  if (typeof value === 'function') return [{ source, text: String((value as (arg: string) => string)('')) }]
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => wordsOf(inner, `${source}.${key}`))
  return []
}

/** Every shipped string, from the repository at `root`. */
export function shippedStrings(root: string): ShippedString[] {
  return [
    { source: 'number formatting', text: formatting },
    ...scenarioStrings(root),
    ...Object.entries(runtimeLocales).flatMap(([locale, words]) =>
      wordsOf(words, `runtime text (${locale})`),
    ),
    ...wordsOf(localeNames, 'locale names'),
  ]
}

/** The distinct characters of `strings`, in code point order (line breaks excluded). */
export function charactersOf(strings: readonly ShippedString[]): string[] {
  const characters = new Set<string>()
  for (const { text } of strings)
    for (const character of text) if (character !== '\n') characters.add(character)
  return [...characters].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
}

/** Each character of `strings` that `has` rejects, once, with the first string that uses it. */
export function missingCharacters(
  strings: readonly ShippedString[],
  has: (codePoint: number) => boolean,
): MissingCharacter[] {
  const missing = new Map<string, MissingCharacter>()
  for (const { source, text } of strings)
    for (const character of text) {
      const codePoint = character.codePointAt(0)!
      if (character === '\n' || missing.has(character) || has(codePoint)) continue
      const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
      missing.set(character, { character, codePoint: hex, source })
    }
  return [...missing.values()]
}
