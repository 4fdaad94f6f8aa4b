import type { Scenario } from '../model/scenario.ts'
import { dimensions, type Dimension } from '../units/dimension.ts'
import { canonicalUnit, units } from '../units/units.ts'

/** What the static checks know about declared names. */
export interface Environment {
  readonly parameters: ReadonlyMap<string, Dimension>
  readonly numberStates: ReadonlyMap<string, Dimension>
  readonly booleanStates: ReadonlySet<string>
  readonly enumStates: ReadonlyMap<string, readonly string[]>
  readonly readings: ReadonlyMap<string, Dimension>
  readonly joints: ReadonlyMap<string, string>
  readonly personStates: ReadonlyMap<string, readonly string[]>
  /** Whether each object has a physics body (what a ray can start from or hit). */
  readonly bodies: ReadonlyMap<string, boolean>
}

/** The dimension of a unit symbol, or undefined when unknown. */
export function unitDimension(unit: string): Dimension | undefined {
  const canonical = canonicalUnit(unit)
  const definition = canonical === undefined ? undefined : units[canonical]
  return definition ? dimensions[definition.dimension] : undefined
}

/** Builds the environment of a validated scenario. */
export function environmentOf(scenario: Scenario): Environment {
  const numberStates = new Map<string, Dimension>()
  const booleanStates = new Set<string>()
  const enumStates = new Map<string, readonly string[]>()
  for (const variable of scenario.state) {
    if (variable.type === 'boolean') booleanStates.add(variable.id)
    else if (variable.type === 'enum') enumStates.set(variable.id, variable.values)
    else numberStates.set(variable.id, unitDimension(variable.unit) ?? dimensions.dimensionless)
  }
  const readings = new Map<string, Dimension>()
  for (const interactable of scenario.interactables) {
    if (interactable.kind !== 'instrument') continue
    for (const reading of interactable.readings)
      readings.set(reading.id, unitDimension(reading.unit) ?? dimensions.dimensionless)
  }
  return {
    parameters: new Map(
      scenario.parameters.map((parameter) => [
        parameter.id,
        unitDimension(parameter.unit) ?? dimensions.dimensionless,
      ]),
    ),
    numberStates,
    booleanStates,
    enumStates,
    readings,
    joints: new Map(scenario.joints.map((joint) => [joint.id, joint.kind])),
    personStates: new Map(scenario.people.map((person) => [person.id, person.states])),
    bodies: new Map(scenario.objects.map((object) => [object.id, object.body !== undefined])),
  }
}
