/** The result of one frame's `advance`: how many fixed steps ran, and how far into the next one we are. */
export interface AdvanceResult {
  steps: number
  /** In [0, 1): interpolate rendered poses between the previous and the current step by this. */
  alpha: number
}

/** The longest frame a driver honours unless told otherwise, s. */
export const defaultMaxElapsed = 0.25

export interface FixedStepDriverOptions {
  /**
   * Fixed step length in seconds.
   * @defaultValue 1 / 90
   */
  dt?: number
  /**
   * Longest frame time honoured, in seconds; a longer frame (a tab in the background, a debugger)
   * is clamped so the core never tries to catch up in one burst.
   * @defaultValue 0.25
   */
  maxElapsed?: number
  /**
   * Fixed steps per real-time step: 8 runs the same simulation eight times faster (tests, review).
   * @defaultValue 1
   */
  speed?: number
}

export interface FixedStepDriver {
  readonly dt: number
  speed: number
  /** Turns a frame's elapsed wall time into whole fixed steps, calling `step` for each. */
  advance(elapsedSeconds: number, step: () => void): AdvanceResult
}

/**
 * A fixed-step accumulator (Glenn Fiedler, "Fix Your Timestep!"), as react-three-rapier's
 * Physics.tsx does it: elapsed time is clamped, accumulated, and spent in whole steps.
 */
export function createFixedStepDriver(options: FixedStepDriverOptions = {}): FixedStepDriver {
  const dt = options.dt ?? 1 / 90
  const maxElapsed = options.maxElapsed ?? defaultMaxElapsed
  if (!(dt > 0)) throw new RangeError(`dt must be positive, got ${dt}`)
  // Counted in steps, not seconds, with a tolerance of a millionth of a step: 1/60 + 1/60 must
  // make exactly three 1/90 steps despite binary rounding.
  const tolerance = 1e-6
  let pending = 0
  return {
    dt,
    speed: options.speed ?? 1,
    advance(elapsedSeconds, step) {
      const elapsed = Number.isFinite(elapsedSeconds) ? Math.min(Math.max(elapsedSeconds, 0), maxElapsed) : 0
      pending += (elapsed * this.speed) / dt
      const steps = Math.floor(pending + tolerance)
      pending = Math.max(pending - steps, 0)
      for (let i = 0; i < steps; i++) step()
      return { steps, alpha: Math.min(pending, 1 - tolerance) }
    },
  }
}
