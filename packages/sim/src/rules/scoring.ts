import type { SimContext } from '../core/context.ts'
import type { CompetencyResult, Outcome } from '../events/sim-event.ts'
import type { Environment } from './environment.ts'
import { evaluateCondition } from './evaluate.ts'
import type { StepResult } from './procedure.ts'

export interface Assessment {
  outcome: Outcome
  score: number
  points: number
  maxPoints: number
  competencies: CompetencyResult[]
  feedback: string[]
}

/**
 * The attempt's score and mastery, from scenario data alone: step points earned, less the hazard
 * penalty per exposure, over the points available; passed iff the score reaches the mastery
 * threshold and no critical error was committed.
 */
export function assess(
  ctx: SimContext,
  env: Environment,
  steps: { results: ReadonlyMap<string, StepResult>; earned: number; max: number },
  exposures: ReadonlyMap<string, number>,
  failedByHazard: boolean,
): Assessment {
  const { assessment } = ctx.scenario
  const exposureCount = [...exposures.values()].reduce((sum, count) => sum + count, 0)
  const points = Math.max(steps.earned - assessment.hazardPenalty * exposureCount, 0)
  const score = steps.max > 0 ? Math.min(points / steps.max, 1) : 0
  const passed = score >= assessment.masteryThreshold && ctx.criticalErrors.length === 0 && !failedByHazard

  const competencies = assessment.competencies.map((competency): CompetencyResult => {
    // A step on an alternative the learner did not take (the emergency branch of a small spill, the
    // clean-up of an emergency) is no evidence either way.
    const evidence = assessment.evidence
      .filter(
        (item) =>
          item.competency === competency.id &&
          !('step' in item.from && steps.results.get(item.from.step) === 'not-taken'),
      )
      .map((item) => {
        const from = item.from
        if ('step' in from)
          return {
            kind: 'step' as const,
            id: from.step,
            shown: steps.results.get(from.step) === 'correct',
            weight: item.weight,
          }
        if ('hazard' in from)
          return {
            kind: 'hazard' as const,
            id: from.hazard,
            shown: !exposures.has(from.hazard),
            weight: item.weight,
          }
        return {
          kind: 'criticalError' as const,
          id: from.criticalError,
          shown: !ctx.criticalErrors.includes(from.criticalError),
          weight: item.weight,
        }
      })
    const total = evidence.reduce((sum, item) => sum + item.weight, 0)
    const shown = evidence.reduce((sum, item) => sum + (item.shown ? item.weight : 0), 0)
    const competencyScore = total > 0 ? shown / total : 0
    const criticalMissed = evidence.some((item) => item.kind === 'criticalError' && !item.shown)
    return {
      id: competency.id,
      score: competencyScore,
      success: competencyScore >= assessment.masteryThreshold && !criticalMissed,
      evidence,
    }
  })

  const feedback = assessment.feedback
    .filter((item) => evaluateCondition(item.when, env))
    .map((item) => item.message)
  return {
    outcome: passed ? 'passed' : 'failed',
    score,
    points,
    maxPoints: steps.max,
    competencies,
    feedback,
  }
}
