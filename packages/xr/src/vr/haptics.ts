import type { Sim } from '@practicum/sim'

/** Pulses the controllers: intensity 0…1 for `milliseconds`. */
export type Pulse = (intensity: number, milliseconds: number) => void

/**
 * A hazard becoming live is felt in the hands: each core `hazard-live` event calls `pulse`.
 * Returns the unsubscribe function.
 */
export function pulseOnHazards(sim: Sim, pulse: Pulse, intensity = 0.8, milliseconds = 200): () => void {
  return sim.subscribe((event) => {
    if (event.type === 'hazard-live') pulse(intensity, milliseconds)
  })
}

interface HapticGamepad {
  hapticActuators?: readonly { pulse?: (value: number, duration: number) => unknown }[]
}

/** A {@link Pulse} on every controller of an XR session (their `hapticActuators`, where they have one). */
export function sessionPulse(getSession: () => XRSession | undefined): Pulse {
  return (intensity, milliseconds) => {
    const sources = getSession()?.inputSources
    if (!sources) return
    for (let i = 0; i < sources.length; i++) {
      const gamepad = sources[i]?.gamepad as HapticGamepad | undefined
      void gamepad?.hapticActuators?.[0]?.pulse?.(intensity, milliseconds)
    }
  }
}
