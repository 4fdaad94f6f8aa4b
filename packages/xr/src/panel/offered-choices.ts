import type { Sim } from '@practicum/sim'

/** A `choose` action the core takes (see `Action` in @practicum/sim). */
export type Choice = 'hint' | 'finish'

/**
 * The `choose` actions worth offering on this attempt: `hint` where the core gives hints (practice
 * mode, a step with a hint), and `finish`, which ends and assesses the attempt as it stands.
 */
export function offeredChoices(sim: Sim): readonly Choice[] {
  const hints =
    sim.mode === 'practice' && sim.scenario.procedure.steps.some((step) => step.hint !== undefined)
  return hints ? ['hint', 'finish'] : ['finish']
}
