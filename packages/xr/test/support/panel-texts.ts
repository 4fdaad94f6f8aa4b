import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Object3D } from 'three'
import { readReactive, VanillaText, type FontFamilies } from '@react-three/uikit'

type FontInfo = Exclude<NonNullable<FontFamilies[string]['normal']>, string | (() => unknown)>

/** One uikit text of a rendered panel: its current string and font size. */
export interface PanelText {
  text: string
  fontSize: number
}

/** Every uikit text under `root`, in scene order. */
export function panelTexts(root: Object3D): PanelText[] {
  const found: PanelText[] = []
  root.traverse((object) => {
    if (!(object instanceof VanillaText)) return
    const { text, fontSize } = object.properties.value as { text?: unknown; fontSize?: unknown }
    found.push({ text: String(readReactive(text) ?? ''), fontSize: Number(fontSize) })
  })
  return found
}

/** The one text that reads exactly `text`. */
export function panelText(root: Object3D, text: string): PanelText {
  const matches = panelTexts(root).filter((candidate) => candidate.text === text)
  if (matches.length !== 1)
    throw new Error(
      `${matches.length} texts read "${text}": ${panelTexts(root)
        .map((t) => t.text)
        .join(' | ')}`,
    )
  return matches[0]!
}

/** The panel's font atlas read from disk, so a test fetches nothing. */
export function atlasFontFamilies(): FontFamilies {
  const file = path.resolve(import.meta.dirname, '../../fonts/noto-sans-regular.json')
  return { notoSans: { normal: JSON.parse(readFileSync(file, 'utf8')) as FontInfo } }
}
