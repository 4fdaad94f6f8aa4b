import { formatText, type Scenario } from '@practicum/scenario'
import { activityTypes, practicumNamespace, profileVersionIri } from '../profile/iris.ts'
import type { Activity, LanguageMap } from '../statements/statement.ts'

/** Where activity ids of scenarios live unless told otherwise. */
export const defaultActivityBase = `${practicumNamespace}scenarios/`

/** The learner-visible text of `key` in every locale the scenario declares. */
export function languageMap(scenario: Scenario, key: string): LanguageMap {
  const map: LanguageMap = {}
  for (const locale of scenario.locales.available) {
    try {
      map[locale] = formatText(scenario, key, {}, locale)
    } catch {
      // a key that is not a message (an id used as a name) names itself
      map[locale] = key
    }
  }
  return map
}

/** The activity id of a scenario: `<base><scenario id>`. */
export function scenarioActivityId(scenario: Scenario, base: string = defaultActivityBase): string {
  return `${base}${scenario.id}`
}

/** The activity id of a competency: its framework URI, or one under the scenario. */
export function competencyActivityId(
  scenario: Scenario,
  competency: string,
  base: string = defaultActivityBase,
): string {
  const found = scenario.assessment.competencies.find((candidate) => candidate.id === competency)
  return found?.framework ?? `${scenarioActivityId(scenario, base)}/competencies/${competency}`
}

/** Builds the activities of one scenario, named in its locales. */
export function scenarioActivities(scenario: Scenario, base: string = defaultActivityBase) {
  const root = scenarioActivityId(scenario, base)
  const activity = (id: string, type: string, name: LanguageMap): Activity => ({
    objectType: 'Activity',
    id,
    definition: { type, name },
  })
  return {
    scenario: activity(root, activityTypes.scenario, languageMap(scenario, scenario.title)),
    step(id: string): Activity {
      const step = scenario.procedure.steps.find((candidate) => candidate.id === id)
      return activity(`${root}/steps/${id}`, activityTypes.step, languageMap(scenario, step?.title ?? id))
    },
    hazard(id: string): Activity {
      const hazard = scenario.hazards.find((candidate) => candidate.id === id)
      return activity(
        `${root}/hazards/${id}`,
        activityTypes.hazard,
        languageMap(scenario, hazard?.name ?? id),
      )
    },
    criticalError(id: string): Activity {
      const error = scenario.assessment.criticalErrors.find((candidate) => candidate.id === id)
      return activity(
        `${root}/critical-errors/${id}`,
        activityTypes.criticalError,
        languageMap(scenario, error?.message ?? id),
      )
    },
    competency(id: string): Activity {
      const competency = scenario.assessment.competencies.find((candidate) => candidate.id === id)
      return activity(
        competencyActivityId(scenario, id, base),
        activityTypes.competency,
        languageMap(scenario, competency?.name ?? id),
      )
    },
    instrument(id: string): Activity {
      const instrument = scenario.interactables.find((candidate) => candidate.id === id)
      const object = scenario.objects.find((candidate) => candidate.id === instrument?.object)
      return activity(
        `${root}/instruments/${id}`,
        activityTypes.instrument,
        languageMap(scenario, object?.name ?? id),
      )
    },
    hint(id: string): Activity {
      return activity(`${root}/hints/${id}`, activityTypes.hint, languageMap(scenario, id))
    },
  }
}

/** The category activity naming the profile version every statement follows. */
export const profileActivity: Activity = {
  objectType: 'Activity',
  id: profileVersionIri,
  definition: { type: activityTypes.profile },
}
