/**
 * The comfort vignette's strength for a smooth-locomotion speed: 0 when still, growing with the
 * speed up to `max` at `fullSpeed` (m/s) and above.
 */
export function vignetteStrength(speed: number, fullSpeed: number, max: number): number {
  if (!(speed > 1e-4) || fullSpeed <= 0) return 0
  return max * Math.min(1, speed / fullSpeed)
}

/** Seconds to go dark, to stay dark, and to come back, after a fall. */
const fadeOut = 0.15
const fadeHold = 0.35
const fadeIn = 0.7

/** A fade to dark and back (after a fall): `start()` it, `update()` it each frame, read `value`. */
export interface Fade {
  /** 0 (clear) … 1 (dark). */
  readonly value: number
  start(): void
  update(seconds: number): number
}

export function createFade(): Fade {
  let time = Infinity
  let value = 0
  return {
    get value() {
      return value
    },
    start() {
      time = 0
    },
    update(seconds) {
      time += seconds
      if (time < fadeOut) value = time / fadeOut
      else if (time < fadeOut + fadeHold) value = 1
      else if (time < fadeOut + fadeHold + fadeIn) value = 1 - (time - fadeOut - fadeHold) / fadeIn
      else value = 0
      return value
    },
  }
}
