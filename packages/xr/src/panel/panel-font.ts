import type { FontFamilies } from '@react-three/uikit'

/**
 * Noto Sans (OFL, see fonts/OFL.txt) as an MSDF atlas built offline from every shipped string
 * (`node scripts/build-font-atlas.mjs`). uikit's own default font lacks é, ç, ñ, « », € and ₂.
 * The atlas ships as a file next to the code, fetched from the page's own origin when first used.
 */
export const panelFontFamilies: FontFamilies = {
  notoSans: { normal: new URL('../../fonts/noto-sans-regular.json', import.meta.url).href },
}
