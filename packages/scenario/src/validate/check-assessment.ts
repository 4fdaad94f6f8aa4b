import type { PathProblem } from '../kit/index.ts'
import type { Scenario } from '../model/scenario.ts'

/**
 * Every hazard has a consequence, every competency has evidence, every critical error can be
 * committed. Parts whose section did not validate (`hazardsSound`, `assessmentSound`) are skipped.
 */
export function checkAssessment(
  scenario: Scenario,
  hazardsSound = true,
  assessmentSound = true,
): PathProblem[] {
  const problems: PathProblem[] = []
  if (!assessmentSound) return problems
  scenario.hazards.forEach((hazard, index) => {
    if (hazard.consequence === undefined) {
      problems.push({
        code: 'no-consequence',
        path: ['hazards', index, 'id'],
        message: `hazard "${hazard.id}" has no consequence`,
        hint: 'add consequence: { outcome: warning | injury | fail, message: <text key> }',
      })
    }
  })
  const evidenced = new Set(scenario.assessment.evidence.map((evidence) => evidence.competency))
  scenario.assessment.competencies.forEach((competency, index) => {
    if (!evidenced.has(competency.id)) {
      problems.push({
        code: 'no-evidence',
        path: ['assessment', 'competencies', index, 'id'],
        message: `competency "${competency.id}" has no evidence`,
        hint: 'map a step, hazard or critical error to it under assessment.evidence',
      })
    }
  })
  if (!hazardsSound) return problems
  // A procedure that did not validate is reported on its own; its steps are not checked here.
  const steps = scenario.procedure?.steps ?? []
  steps.forEach((step, index) => {
    if (step.critical && step.criticalError === undefined) {
      problems.push({
        code: 'required',
        path: ['procedure', 'steps', index, 'critical'],
        message: `critical step "${step.id}" names no critical error`,
        hint: 'add criticalError: <id of an entry of assessment.criticalErrors> (recorded when the step is skipped or failed)',
      })
    }
  })
  const raised = new Set([
    ...scenario.hazards.flatMap((hazard) =>
      hazard.consequence?.criticalError ? [hazard.consequence.criticalError] : [],
    ),
    ...steps.flatMap((step) => (step.critical && step.criticalError ? [step.criticalError] : [])),
  ])
  scenario.assessment.criticalErrors.forEach((error, index) => {
    if (error.when === undefined && !raised.has(error.id)) {
      problems.push({
        code: 'never-completable',
        path: ['assessment', 'criticalErrors', index, 'id'],
        message: `critical error "${error.id}" can never be committed`,
        hint: 'give it a when condition, or name it in a hazard consequence or a critical step',
      })
    }
  })
  return problems
}
