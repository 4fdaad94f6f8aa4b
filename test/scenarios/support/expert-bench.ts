// The expert-run bench every shipped scenario has: simulated time as a multiple of real time, and
// the time of one fixed step (mean and p99), per case record and over all runs.
import type { Sim } from '@practicum/sim'

/** What `pnpm bench` passes a benchmark. */
export interface BenchOptions {
  smoke: boolean
  large: boolean
  log: (line: string) => void
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
}

const microseconds = (ms: number) => `${(ms * 1000).toFixed(0)} µs`

/**
 * Plays the expert on each of `seeds` (three times each; `smokeSeeds` once in smoke mode) and logs
 * the numbers; an expert that does not pass is an error, not a number.
 */
export function benchExpert(
  { smoke, log }: BenchOptions,
  seeds: { full: readonly number[]; smoke: readonly number[] },
  attempt: (seed: number) => Sim,
  play: (sim: Sim) => void,
): void {
  const repeats = smoke ? 1 : 3
  const all: number[] = []
  let simulated = 0
  let wall = 0
  for (const seed of smoke ? seeds.smoke : seeds.full) {
    for (let repeat = 0; repeat < repeats; repeat++) {
      const sim = attempt(seed)
      const times: number[] = []
      const step = sim.step.bind(sim)
      // Time each fixed step the bot takes (the bench's clock, never the core's).
      Object.assign(sim, {
        step() {
          const started = performance.now()
          step()
          times.push(performance.now() - started)
        },
      })
      const started = performance.now()
      play(sim)
      const elapsed = performance.now() - started
      const outcome = sim.outcome
      const seconds = sim.stepIndex * sim.dt
      sim.dispose()
      if (outcome !== 'passed') throw new Error(`seed ${seed}: the expert did not pass (${outcome})`)
      const sorted = [...times].sort((a, b) => a - b)
      const mean = times.reduce((sum, t) => sum + t, 0) / times.length
      all.push(...times)
      simulated += seconds
      wall += elapsed
      if (repeat === repeats - 1)
        log(
          `seed ${seed} (${sim.caseRecord.faults.join('+') || 'no fault'}): ${seconds.toFixed(1)} s simulated in ${elapsed.toFixed(0)} ms = ${(seconds / (elapsed / 1000)).toFixed(0)}× real time; step mean ${microseconds(mean)}, p99 ${microseconds(percentile(sorted, 0.99))}`,
        )
    }
  }
  const sorted = all.sort((a, b) => a - b)
  const mean = all.reduce((sum, t) => sum + t, 0) / all.length
  log(
    `expert, all runs: ${(simulated / (wall / 1000)).toFixed(0)}× real time; step mean ${microseconds(mean)}, p99 ${microseconds(percentile(sorted, 0.99))} over ${all.length} steps`,
  )
}
