import type { Scenario } from '@practicum/scenario'
import { localeNames, stepTextSize, textScale, type HudText, type TextSize } from '@practicum/xr'

const style = {
  position: 'absolute',
  // Under the pause and recording buttons.
  top: 108,
  right: 12,
  display: 'flex',
  gap: 8,
  alignItems: 'center',
  padding: '6px 10px',
  color: '#f2f2f2',
  background: 'rgba(20, 22, 28, 0.85)',
  borderRadius: 6,
} as const

const control = {
  padding: '4px 10px',
  font: 'inherit',
  color: '#f2f2f2',
  background: '#394150',
  border: '2px solid #8a93a3',
  borderRadius: 6,
} as const

/**
 * Text size and language for the keyboard and the mouse (the in-world panel offers the same to a
 * pointer or a controller): the page, the panel and the accessible mirror follow.
 */
export function DisplayControls({
  scenario,
  locale,
  onLocaleChange,
  textSize,
  onTextSizeChange,
  words,
}: {
  scenario: Scenario
  locale: string
  onLocaleChange: (locale: string) => void
  textSize: TextSize
  onTextSizeChange: (size: TextSize) => void
  words: HudText
}) {
  const fontSize = `${textScale(textSize)}rem`
  return (
    <div role="group" aria-label={words.display} style={{ ...style, fontSize }}>
      <button
        type="button"
        style={control}
        aria-label={words.smaller}
        onClick={() => onTextSizeChange(stepTextSize(textSize, -1))}
      >
        A−
      </button>
      <button
        type="button"
        style={control}
        aria-label={words.larger}
        onClick={() => onTextSizeChange(stepTextSize(textSize, 1))}
      >
        A+
      </button>
      {scenario.locales.available.length > 1 && (
        <label>
          {words.language}{' '}
          <select style={control} value={locale} onChange={(event) => onLocaleChange(event.target.value)}>
            {scenario.locales.available.map((available) => (
              <option key={available} value={available} lang={available}>
                {localeNames[available] ?? available}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  )
}
