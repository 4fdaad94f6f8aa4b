import type { Sim } from '@practicum/sim'

const style = {
  position: 'absolute',
  top: 60,
  right: 12,
  padding: '8px 14px',
  font: 'inherit',
  color: '#f2f2f2',
  background: '#394150',
  border: '2px solid #8a93a3',
  borderRadius: 6,
} as const

/** Saves the attempt's recording so far as JSON; `practicum replay <file>` verifies it. */
export function downloadRecording(sim: Sim, name: string): void {
  const blob = new Blob([JSON.stringify(sim.recording())], { type: 'application/json' })
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
}

/** A visible, keyboard-reachable "Download recording" button. */
export function RecordingButton({ sim, fileName, label }: { sim: Sim; fileName: string; label: string }) {
  return (
    <button type="button" style={style} onClick={() => downloadRecording(sim, fileName)}>
      {label}
    </button>
  )
}
