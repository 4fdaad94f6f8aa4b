import type { SimContext } from '../core/context.ts'
import type { Environment } from './environment.ts'
import { evaluateCondition } from './evaluate.ts'

export interface CriticalErrors {
  /** Checks the errors declared with a `when` condition. */
  update(): void
  /** Records a critical error (once) and ends the attempt as failed. */
  commit(id: string, cause: { kind: 'hazard' | 'step' | 'condition'; id: string }): void
  /** The critical error a critical step names (validation requires one; the step id otherwise). */
  forStep(step: string): string
}

export function createCriticalErrors(
  ctx: SimContext,
  env: Environment,
  onCommit: () => void,
): CriticalErrors {
  const declared = ctx.scenario.assessment.criticalErrors
  const steps = new Map(ctx.scenario.procedure.steps.map((step) => [step.id, step]))
  const errors: CriticalErrors = {
    update() {
      for (const error of declared) {
        if (error.when === undefined || ctx.criticalErrors.includes(error.id)) continue
        if (evaluateCondition(error.when, env)) errors.commit(error.id, { kind: 'condition', id: error.id })
        if (ctx.ended) return
      }
    },
    commit(id, cause) {
      if (ctx.criticalErrors.includes(id)) return
      ctx.criticalErrors.push(id)
      ctx.emit({ type: 'critical-error', id, cause })
      onCommit()
    },
    forStep: (step) => steps.get(step)?.criticalError ?? step,
  }
  return errors
}
