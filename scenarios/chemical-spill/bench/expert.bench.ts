// pnpm bench chemical-spill [--smoke]
// The expert run, headless: simulated time as a multiple of real time, and the time of one fixed
// step (mean and p99), per case record (seeds 1, 3, 7: hydrochloric acid, hydrogen peroxide,
// acetone; 20: hydrochloric acid with the pierced drum, the emergency response). --smoke runs seed 1 once.
import { runExpert } from '../bots/expert.ts'
import { benchExpert, type BenchOptions } from '../../../test/scenarios/support/expert-bench.ts'
import { loadSpill, startAttempt } from '../../../test/scenarios/support/chemical-spill.ts'

export async function run(options: BenchOptions): Promise<void> {
  const bundle = await loadSpill()
  benchExpert(
    options,
    { full: [1, 3, 7, 20], smoke: [1] },
    (seed) => startAttempt(bundle, seed),
    (sim) => runExpert(sim, bundle.segments, bundle.expertPlan),
  )
}
