import type { RefKindOf } from '../kit/index.ts'
import type { ScenarioInput } from '../model/scenario.ts'

/** The names a scenario declares once, by kind; the builder checks every reference against them. */
export interface NameDeclarations {
  readonly objects?: readonly string[]
  readonly joints?: readonly string[]
  readonly zones?: readonly string[]
  readonly climbs?: readonly string[]
  readonly interactables?: readonly string[]
  readonly readings?: readonly string[]
  readonly states?: readonly string[]
  readonly energy?: readonly string[]
  readonly rules?: readonly string[]
  readonly hazards?: readonly string[]
  readonly steps?: readonly string[]
  readonly faults?: readonly string[]
  readonly parameters?: readonly string[]
  readonly competencies?: readonly string[]
  readonly criticalErrors?: readonly string[]
  readonly people?: readonly string[]
  readonly sounds?: readonly string[]
  readonly texts?: readonly string[]
}

type Of<D extends NameDeclarations, K extends keyof NameDeclarations> = D[K] extends readonly (infer N extends
  string)[]
  ? N
  : never

/** Reference kind (as in the model) → the declared names of that kind. */
export type NamesOf<D extends NameDeclarations> = {
  object: Of<D, 'objects'>
  joint: Of<D, 'joints'>
  zone: Of<D, 'zones'>
  climb: Of<D, 'climbs'>
  interactable: Of<D, 'interactables'>
  reading: Of<D, 'readings'>
  state: Of<D, 'states'>
  energy: Of<D, 'energy'>
  rule: Of<D, 'rules'>
  hazard: Of<D, 'hazards'>
  step: Of<D, 'steps'>
  fault: Of<D, 'faults'>
  parameter: Of<D, 'parameters'>
  competency: Of<D, 'competencies'>
  criticalError: Of<D, 'criticalErrors'>
  person: Of<D, 'people'>
  sound: Of<D, 'sounds'>
  text: Of<D, 'texts'>
  learner: 'learner'
}

/** `T` with every id and reference narrowed to the declared names `N`. */
export type WithNames<T, N extends Record<string, string>> = T extends unknown
  ? [RefKindOf<T>] extends [never]
    ? T extends readonly unknown[]
      ? { [I in keyof T]: WithNames<T[I], N> }
      : T extends object
        ? { [P in keyof T]: WithNames<T[P], N> }
        : T
    : N[RefKindOf<T> & keyof N]
  : never

/** A scenario written with the builder: only declared names are accepted. */
export type TypedScenarioInput<D extends NameDeclarations> = WithNames<ScenarioInput, NamesOf<D>>

/** What {@link setup} returns: the declared names and a typed `defineScenario`. */
export interface ScenarioSetup<D extends NameDeclarations> {
  /** The declarations, as given. */
  readonly names: D
  /**
   * Checks at compile time that every id and reference is a declared name, and returns the
   * scenario as plain data for {@link validateScenario}.
   */
  defineScenario(input: TypedScenarioInput<D>): ScenarioInput
}

/**
 * Declares the names of a scenario once, in the style of xstate's `setup()`: objects, steps,
 * hazards, parameters, competencies… A reference to a name not declared here does not compile.
 *
 * @example
 * const loto = setup({ objects: ['press', 'disconnect'], steps: ['notify', 'isolate'] })
 * const data = loto.defineScenario({ ... }) // `stepDone: 'isolte'` is a type error
 * const result = validateScenario(data)
 */
export function setup<const D extends NameDeclarations>(names: D): ScenarioSetup<D> {
  return {
    names,
    defineScenario: (input) => input as ScenarioInput,
  }
}

/** A scenario written in TypeScript without declared names (references are checked by validation only). */
export function defineScenario(input: ScenarioInput): ScenarioInput {
  return input
}
