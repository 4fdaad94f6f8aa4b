// pnpm bench chemical-spill [--smoke]
// The expert run, headless: simulated time as a multiple of real time, and the time of one fixed
// step (mean and p99), per case record (seeds 1, 3, 7: hydrochloric acid, hydrogen peroxide,
// acetone; 20: hydrochloric acid with the pierced drum, the emergency response). --smoke runs seed 1 once.
import { runExpert } from '../bots/expert.ts'
import { loadSpill, startAttempt } from '../../../test/scenarios/support/chemical-spill.ts'

interface Options {
  smoke: boolean
  large: boolean
  log: (line: string) => void
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
}

export async function run({ smoke, log }: Options): Promise<void> {
  const spill = await loadSpill()
  const seeds = smoke ? [1] : [1, 3, 7, 20]
  const repeats = smoke ? 1 : 3
  const all: number[] = []
  let simulated = 0
  let wall = 0
  for (const seed of seeds) {
    for (let repeat = 0; repeat < repeats; repeat++) {
      const sim = startAttempt(spill, seed)
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
      runExpert(sim, spill.segments, spill.expertPlan)
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
          `seed ${seed} (${sim.caseRecord.faults.join('+')}): ${seconds.toFixed(1)} s simulated in ${elapsed.toFixed(0)} ms = ${(seconds / (elapsed / 1000)).toFixed(0)}× real time; step mean ${(mean * 1000).toFixed(0)} µs, p99 ${(percentile(sorted, 0.99) * 1000).toFixed(0)} µs`,
        )
    }
  }
  const sorted = all.sort((a, b) => a - b)
  const mean = all.reduce((sum, t) => sum + t, 0) / all.length
  log(
    `expert, all runs: ${(simulated / (wall / 1000)).toFixed(0)}× real time; step mean ${(mean * 1000).toFixed(0)} µs, p99 ${(percentile(sorted, 0.99) * 1000).toFixed(0)} µs over ${all.length} steps`,
  )
}
