import { useEffect, useState, useSyncExternalStore } from 'react'
import type { DesktopRig } from './desktop-rig.ts'

const bar = {
  position: 'absolute',
  right: 16,
  bottom: 16,
  display: 'flex',
  gap: 12,
} as const

const round = {
  width: 72,
  height: 72,
  borderRadius: '50%',
  font: 'inherit',
  fontWeight: 600,
  color: '#f2f2f2',
  background: 'rgba(57, 65, 80, 0.9)',
  border: '3px solid #8a93a3',
  touchAction: 'none',
} as const

/** True on a device whose main pointer is coarse (a finger), and while it stays so. */
export function useCoarsePointer(): boolean {
  const coarseQuery = () =>
    typeof window === 'undefined' ? undefined : window.matchMedia?.('(pointer: coarse)')
  const [coarse, setCoarse] = useState(() => coarseQuery()?.matches ?? false)
  useEffect(() => {
    const query = coarseQuery()
    if (!query) return
    const onChange = () => setCoarse(query.matches)
    query.addEventListener('change', onChange)
    return () => query.removeEventListener('change', onChange)
  }, [])
  return coarse
}

export interface TouchButtonsProps {
  rig: DesktopRig
  /** @defaultValue shown on coarse pointers only (`(pointer: coarse)`) */
  show?: boolean
  /** @defaultValue 'Grip' */
  gripLabel?: string
  /** @defaultValue 'Trigger' */
  triggerLabel?: string
}

/**
 * On-screen grip and trigger for touch screens, where there is no right button or key: grip
 * toggles on a tap (take, then let go), trigger is held while the finger is down. Tap an object
 * to reach it and drag on the scene to look (DesktopControls). Hidden from assistive technology
 * and the Tab order: the accessible mirror has the same buttons.
 */
export function TouchButtons({ rig, show, gripLabel = 'Grip', triggerLabel = 'Trigger' }: TouchButtonsProps) {
  const coarse = useCoarsePointer()
  const grip = useSyncExternalStore(rig.subscribe, () => rig.grip)
  if (!(show ?? coarse)) return null
  return (
    <div style={bar} aria-hidden="true" data-practicum-touch="">
      <button
        type="button"
        tabIndex={-1}
        style={{ ...round, borderColor: grip ? '#7fd1ff' : '#8a93a3' }}
        onPointerDown={(event) => {
          event.preventDefault()
          rig.press('grip', true)
        }}
      >
        {gripLabel}
      </button>
      <button
        type="button"
        tabIndex={-1}
        style={round}
        onPointerDown={(event) => {
          event.preventDefault()
          rig.press('trigger', true)
        }}
        onPointerUp={() => rig.press('trigger', false)}
        onPointerCancel={() => rig.press('trigger', false)}
      >
        {triggerLabel}
      </button>
    </div>
  )
}
