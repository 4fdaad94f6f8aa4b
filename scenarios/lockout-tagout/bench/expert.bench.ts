// pnpm bench lockout-tagout [--smoke]
// The expert run, headless: simulated time as a multiple of real time, and the time of one fixed
// step (mean and p99), per case record (seeds 2, 5, 8, 1: none, residual pressure, second feed,
// both). --smoke runs seed 1 once.
import { runExpert } from '../bots/expert.ts'
import { benchExpert, type BenchOptions } from '../../../test/scenarios/support/expert-bench.ts'
import { loadLockout, startAttempt } from '../../../test/scenarios/support/lockout-tagout.ts'

export async function run(options: BenchOptions): Promise<void> {
  const bundle = await loadLockout()
  benchExpert(
    options,
    { full: [2, 5, 8, 1], smoke: [1] },
    (seed) => startAttempt(bundle, seed),
    (sim) => runExpert(sim, bundle.segments, bundle.expertPlan),
  )
}
