import type { Scenario } from '@practicum/scenario'

type Interactable = Scenario['interactables'][number]
type Instrument = Extract<Interactable, { kind: 'instrument' }>
type Reading = Instrument['readings'][number]

/** Lookups by id, built once from the scenario. */
export interface ScenarioIndex {
  interactablesOf(object: string): readonly Interactable[]
  interactable(id: string): Interactable | undefined
  reading(id: string): { reading: Reading; instrument: Instrument } | undefined
  readings(): readonly { reading: Reading; instrument: Instrument }[]
  stateType(id: string): 'boolean' | 'number' | 'enum' | undefined
}

export function indexScenario(scenario: Scenario): ScenarioIndex {
  const byObject = new Map<string, Interactable[]>()
  const byId = new Map<string, Interactable>()
  const readings: { reading: Reading; instrument: Instrument }[] = []
  for (const interactable of scenario.interactables) {
    byId.set(interactable.id, interactable)
    byObject.set(interactable.object, [...(byObject.get(interactable.object) ?? []), interactable])
    if (interactable.kind === 'instrument')
      for (const reading of interactable.readings) readings.push({ reading, instrument: interactable })
  }
  const readingById = new Map(readings.map((entry) => [entry.reading.id, entry]))
  const stateTypes = new Map(scenario.state.map((variable) => [variable.id, variable.type]))
  return {
    interactablesOf: (object) => byObject.get(object) ?? [],
    interactable: (id) => byId.get(id),
    reading: (id) => readingById.get(id),
    readings: () => readings,
    stateType: (id) => stateTypes.get(id),
  }
}
