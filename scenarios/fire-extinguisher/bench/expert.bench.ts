// pnpm bench fire-extinguisher [--smoke]
// The expert run, headless: simulated time as a multiple of real time, and the time of one fixed
// step (mean and p99), per case record (seeds 1, 2, 5, 6: waste bin (A), electrical cabinet (C),
// solvent tray (B), fryer (K)). --smoke runs seed 1 once.
import { runExpert } from '../bots/expert.ts'
import { benchExpert, type BenchOptions } from '../../../test/scenarios/support/expert-bench.ts'
import { loadFire, startAttempt } from '../../../test/scenarios/support/fire-extinguisher.ts'

export async function run(options: BenchOptions): Promise<void> {
  const bundle = await loadFire()
  benchExpert(
    options,
    { full: [1, 2, 5, 6], smoke: [1] },
    (seed) => startAttempt(bundle, seed),
    (sim) => runExpert(sim, bundle.segments, bundle.expertPlan),
  )
}
