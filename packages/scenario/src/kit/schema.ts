import type { JsonSchemaGenerator, JsonSchemaNode } from './json-schema.ts'

/** A location inside a document: property names and array indexes from the root. */
export type Path = readonly (string | number)[]

/** What kind of problem: one code per kind of error, stable for tools and tests. */
export type ProblemCode =
  | 'syntax'
  | 'type'
  | 'required'
  | 'unknown-property'
  | 'unknown-kind'
  | 'invalid-value'
  | 'unit'
  | 'dimension'
  | 'unknown-reference'
  | 'duplicate-id'
  | 'cycle'
  | 'unreachable-step'
  | 'never-completable'
  | 'no-consequence'
  | 'no-evidence'
  | 'out-of-range'
  | 'missing-text'
  | 'text-arguments'
  | 'missing-asset'
  | 'schema-version'
  | 'expression-type'

/** One problem found in a scenario, before it is located in a file. */
export interface PathProblem {
  readonly code: ProblemCode
  readonly path: Path
  readonly message: string
  readonly hint: string
}

/** An id declared by the scenario (an object, a step, a hazard…). */
export interface Declaration {
  readonly kind: string
  readonly id: string
  readonly path: Path
}

/** A use of a declared id; `kinds` lists what it may name. */
export interface Reference {
  readonly kinds: readonly string[]
  readonly id: string
  readonly path: Path
}

/** What parsing gathers besides the value: problems, ids, references, assets, node kinds used. */
export class ParseContext {
  readonly problems: PathProblem[] = []
  readonly declarations: Declaration[] = []
  readonly references: Reference[] = []
  readonly assets: { readonly path: Path; readonly asset: string }[] = []
  /** Every node kind met (`Object.property`, `Union:variant`): the coverage test reads it. */
  readonly used = new Set<string>()

  problem(code: ProblemCode, path: Path, message: string, hint: string): typeof INVALID {
    this.problems.push({ code, path, message, hint })
    return INVALID
  }
}

/** Returned by `parse` when the value is invalid (its problems are in the context). */
export const INVALID: unique symbol = Symbol('invalid')

/** A parse result: the output value or INVALID. */
export type Parsed<T> = T | typeof INVALID

/**
 * One node of the scenario schema. `In` is what an author writes (YAML or the builder),
 * `Out` what validation gives (SI numbers, defaults filled in). The same node gives the
 * TypeScript types, the JSON Schema, the reference docs and the validation.
 */
export abstract class Schema<In, Out> {
  /** Type-level only: what an author writes. */
  declare readonly In: In
  /** Type-level only: what validation gives. */
  declare readonly Out: Out
  /** Shown in editors on hover and in the reference. */
  description = ''

  /** Checks and converts `value` found at `path`. */
  abstract parse(value: unknown, path: Path, ctx: ParseContext): Parsed<Out>

  /** This node as draft-07 JSON Schema. */
  abstract toJsonSchema(generator: JsonSchemaGenerator): JsonSchemaNode

  /** A short type name for messages and the reference, e.g. `length` or `list of Step`. */
  abstract typeName(): string

  /** The nodes inside this one (for walking the schema: docs, coverage). */
  children(): readonly Schema<unknown, unknown>[] {
    return []
  }

  /** A copy of this node with a description. */
  describe(description: string): this {
    const copy = Object.create(Object.getPrototypeOf(this) as object) as this
    Object.assign(copy, this)
    copy.description = description
    return copy
  }
}

/** Any schema node. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySchema = Schema<any, any>

/** The author's type of a schema node. */
export type InputOf<S extends AnySchema> = S['In']

/** The validated type of a schema node. */
export type OutputOf<S extends AnySchema> = S['Out']

/** A readable type name of a JSON value, for messages. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`
  return `${typeof value} ${String(value)}`
}

/** "a length", "an angle", "an impulse": the indefinite article a word takes. */
export function a(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`
}
