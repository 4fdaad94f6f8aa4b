/** The learner's text size: the panel's and the page's text grow and shrink together. */
export type TextSize = 'small' | 'medium' | 'large' | 'x-large'

/** The sizes, smallest first. */
export const textSizes: readonly TextSize[] = ['small', 'medium', 'large', 'x-large']

const scales: Record<TextSize, number> = { small: 0.85, medium: 1, large: 1.25, 'x-large': 1.5 }

/**
 * The factor every font size is multiplied by.
 *
 * @example
 * textScale('large') * 16 // 20
 */
export function textScale(size: TextSize): number {
  return scales[size]
}

/** The next size up (`+1`) or down (`-1`), staying at the ends. */
export function stepTextSize(size: TextSize, by: 1 | -1): TextSize {
  const index = Math.min(textSizes.length - 1, Math.max(0, textSizes.indexOf(size) + by))
  return textSizes[index] ?? size
}

/** Reads a size from a URL parameter (`?text=large`); anything else is `medium`. */
export function parseTextSize(value: string | null | undefined): TextSize {
  return textSizes.find((size) => size === value) ?? 'medium'
}
