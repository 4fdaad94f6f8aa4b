import { useEffect } from 'react'
import { textScale, type HudText, type TextSize } from '@practicum/xr'

const style = {
  position: 'absolute',
  top: 12,
  right: 12,
  padding: '8px 14px',
  font: 'inherit',
  color: '#f2f2f2',
  background: '#394150',
  border: '2px solid #8a93a3',
  borderRadius: 6,
} as const

/** Pauses the core's steps (the scene still draws). Escape toggles it too. */
export function PauseButton({
  paused,
  onChange,
  words,
  textSize,
}: {
  paused: boolean
  onChange: (paused: boolean) => void
  words: HudText
  textSize: TextSize
}) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.code === 'Escape') onChange(!paused)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [paused, onChange])
  return (
    <button
      type="button"
      style={{ ...style, fontSize: `${textScale(textSize)}rem` }}
      aria-pressed={paused}
      onClick={() => onChange(!paused)}
    >
      {paused ? words.resume : words.pause}
    </button>
  )
}
