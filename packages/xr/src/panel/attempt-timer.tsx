import { useEffect, useMemo } from 'react'
import { useFrame } from '@react-three/fiber'
import { Text } from '@react-three/uikit'
import { signal } from '@preact/signals-core'
import type { Sim } from '@practicum/sim'
import { formatClock } from './format-clock.ts'

export interface AttemptTimerProps {
  sim: Sim
  /** The label around the time, e.g. `(time) => \`Time ${time}\`` */
  label: (time: string) => string
  fontSize: number
  color: string
}

/**
 * The attempt's time: the core's step index × its fixed step, never the wall clock, so a paused or
 * sped-up attempt shows the time the core has lived. The text is a signal uikit reads: it changes
 * once a second, without a React render; a frame that changes nothing compares two numbers.
 */
export function AttemptTimer({ sim, label, fontSize, color }: AttemptTimerProps) {
  const text = useMemo(() => signal(label(formatClock(sim.stepIndex * sim.dt))), [sim, label])
  const shown = useMemo(() => ({ seconds: Math.floor(sim.stepIndex * sim.dt) }), [sim])
  useEffect(() => {
    shown.seconds = Math.floor(sim.stepIndex * sim.dt)
    text.value = label(formatClock(shown.seconds))
  }, [sim, label, text, shown])
  useFrame(() => {
    const seconds = Math.floor(sim.stepIndex * sim.dt)
    if (seconds === shown.seconds) return
    shown.seconds = seconds
    text.value = label(formatClock(seconds))
  })
  return (
    <Text fontSize={fontSize} color={color}>
      {text}
    </Text>
  )
}
