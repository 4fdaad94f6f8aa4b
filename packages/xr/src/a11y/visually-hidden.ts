import type { CSSProperties } from 'react'

/** Hidden from sight, not from assistive technology or keyboard focus (the usual `sr-only` rules). */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
}
