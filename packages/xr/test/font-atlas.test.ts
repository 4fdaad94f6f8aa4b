// The in-world text's font atlas must hold every character Practicum shows: each message of each
// shipped scenario in each locale, and the runtime's own words. Rebuild it with
// `node scripts/build-font-atlas.mjs` when this fails.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { missingCharacters, shippedStrings } from '../../../scripts/shipped-text.ts'

const root = path.resolve(import.meta.dirname, '../../..')
const atlas = JSON.parse(
  readFileSync(path.join(root, 'packages/xr/fonts/noto-sans-regular.json'), 'utf8'),
) as {
  chars: { id: number }[]
  pages: string[]
}
const inAtlas = new Set(atlas.chars.map((glyph) => glyph.id))
const has = (codePoint: number) => inAtlas.has(codePoint)

describe('the font atlas', () => {
  it('holds every character of every shipped string', () => {
    const missing = missingCharacters(shippedStrings(root), has)
    const report = missing.map((m) => `${m.character} ${m.codePoint} in ${m.source}`).join('\n')
    expect(missing, `missing from the atlas (run node scripts/build-font-atlas.mjs):\n${report}`).toEqual([])
    expect(atlas.pages).toHaveLength(1)
    expect(atlas.pages[0]).toMatch(/^data:image\/png;base64,/)
  })

  it('reads every scenario message in every locale and the runtime words in en, fr and es', () => {
    const texts = shippedStrings(root).map((string) => string.text)
    expect(texts).toContain('Consignation : presse pneumatique')
    expect(texts).toContain('Consignación (bloqueo y etiquetado): prensa neumática')
    expect(texts).toContain('Procédure')
    expect(texts).toContain('Tamaño del texto')
  })

  it('names a character outside the atlas, with the string that needs it', () => {
    const strings = [
      { source: 'runtime text (fr).panel.done', text: 'Fait ✓' },
      { source: 'a scenario: note (ja)', text: '注意 ✓' },
    ]
    expect(missingCharacters(strings, has)).toEqual([
      { character: '✓', codePoint: 'U+2713', source: 'runtime text (fr).panel.done' },
      { character: '注', codePoint: 'U+6CE8', source: 'a scenario: note (ja)' },
      { character: '意', codePoint: 'U+610F', source: 'a scenario: note (ja)' },
    ])
    // And the uikit default font's gaps are all covered here.
    expect(missingCharacters([{ source: 'x', text: 'é è ç ñ œ « » € ₂' }], has)).toEqual([])
  })
})
