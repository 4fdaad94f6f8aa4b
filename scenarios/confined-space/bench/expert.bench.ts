// pnpm bench confined-space [--smoke]
// The expert run, headless: simulated time as a multiple of real time, and the time of one fixed
// step (mean and p99), per case record (seeds 1, 3, 5, 14: none, failed bump test, rising H2S,
// both). --smoke runs seed 14 once.
import { runExpert } from '../bots/expert.ts'
import { benchExpert, type BenchOptions } from '../../../test/scenarios/support/expert-bench.ts'
import { loadConfinedSpace, startAttempt } from '../../../test/scenarios/support/confined-space.ts'

export async function run(options: BenchOptions): Promise<void> {
  const bundle = await loadConfinedSpace()
  benchExpert(
    options,
    { full: [1, 3, 5, 14], smoke: [14] },
    (seed) => startAttempt(bundle, seed),
    (sim) => runExpert(sim, bundle.segments, bundle.expertPlan),
  )
}
