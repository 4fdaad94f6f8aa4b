// pnpm bench work-at-height [--smoke]
// The expert run, headless: simulated time as a multiple of real time, and the time of one fixed
// step (mean and p99), per case record (seeds 2, 4, 1, 6, 3: no defect, cut webbing, burnt
// webbing, deformed D-ring, missing label). --smoke runs seed 1 once.
import { runExpert } from '../bots/expert.ts'
import { benchExpert, type BenchOptions } from '../../../test/scenarios/support/expert-bench.ts'
import { loadWorkAtHeight, startAttempt } from '../../../test/scenarios/support/work-at-height.ts'

export async function run(options: BenchOptions): Promise<void> {
  const bundle = await loadWorkAtHeight()
  benchExpert(
    options,
    { full: [2, 4, 1, 6, 3], smoke: [1] },
    (seed) => startAttempt(bundle, seed),
    (sim) => runExpert(sim, bundle.segments, bundle.expertPlan),
  )
}
