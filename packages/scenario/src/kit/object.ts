import { suggestion } from './did-you-mean.ts'
import type { JsonSchemaGenerator, JsonSchemaNode } from './json-schema.ts'
import { OptionalSchema } from './optional.ts'
import {
  INVALID,
  jsonTypeOf,
  Schema,
  type AnySchema,
  type Parsed,
  type ParseContext,
  type Path,
} from './schema.ts'

/** The properties of an object node. */
export type Shape = Record<string, AnySchema>

type Simplify<T> = { [K in keyof T]: T[K] } & {}
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends OptionalSchema<AnySchema, unknown> ? K : never
}[keyof S]
type DefaultedKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends OptionalSchema<AnySchema, infer D>
    ? [D] extends [undefined]
      ? never
      : K
    : never
}[keyof S]

/** What an author writes for an object of shape `S`. */
export type ObjectInput<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: S[K]['In'] } & { [K in OptionalKeys<S>]?: S[K]['In'] }
>
/** What validation gives for an object of shape `S` (defaults filled in). */
export type ObjectOutput<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, Exclude<OptionalKeys<S>, DefaultedKeys<S>>>]: S[K]['Out'] } & {
    [K in Exclude<OptionalKeys<S>, DefaultedKeys<S>>]?: S[K]['Out']
  }
>

/** A mapping with known properties; unknown properties are errors (they are usually typos). */
export class ObjectSchema<S extends Shape> extends Schema<ObjectInput<S>, ObjectOutput<S>> {
  constructor(
    readonly name: string,
    readonly shape: S,
  ) {
    super()
  }
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<ObjectOutput<S>> {
    const fields = this.parseFields(value, path, ctx)
    return fields === INVALID || fields.invalid.size > 0 || fields.unknown.length > 0
      ? INVALID
      : (fields.output as ObjectOutput<S>)
  }

  /**
   * Parses property by property: the output holds every property that is valid, `invalid` names
   * the properties that are missing or wrong, `unknown` the properties the object does not have.
   * Lets validation run the checks of the parts that are sound when other parts are broken.
   */
  parseFields(
    value: unknown,
    path: Path,
    ctx: ParseContext,
  ): { output: Partial<ObjectOutput<S>>; invalid: Set<string>; unknown: string[] } | typeof INVALID {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return ctx.problem(
        'type',
        path,
        `expected a ${this.name} (a mapping), found ${jsonTypeOf(value)}`,
        `write the properties of a ${this.name}`,
      )
    }
    const record = value as Record<string, unknown>
    const output: Record<string, unknown> = {}
    const invalid = new Set<string>()
    for (const [key, schema] of Object.entries(this.shape)) {
      const present = Object.hasOwn(record, key) && record[key] !== undefined
      if (!present) {
        if (schema instanceof OptionalSchema) {
          if (schema.defaultValue !== undefined) output[key] = structuredCloneJson(schema.defaultValue)
          continue
        }
        ctx.problem('required', path, `${this.name} is missing "${key}"`, `add ${key}: ${schema.typeName()}`)
        invalid.add(key)
        continue
      }
      ctx.used.add(`${this.name}.${key}`)
      const parsed: unknown = schema.parse(record[key], [...path, key], ctx)
      if (parsed === INVALID) invalid.add(key)
      else output[key] = parsed
    }
    const known = Object.keys(this.shape)
    const unknown: string[] = []
    for (const key of Object.keys(record)) {
      if (!Object.hasOwn(this.shape, key)) {
        ctx.problem(
          'unknown-property',
          [...path, key],
          `unknown property "${key}" in ${this.name}`,
          suggestion(key, known, 'property'),
        )
        unknown.push(key)
      }
    }
    return { output: output as Partial<ObjectOutput<S>>, invalid, unknown }
  }
  toJsonSchema(generator: JsonSchemaGenerator): JsonSchemaNode {
    return generator.named(this.name, () => this.inline(generator))
  }
  /** The object's JSON Schema without registering a definition (for union variants). */
  inline(
    generator: JsonSchemaGenerator,
    extra: Record<string, JsonSchemaNode> = {},
    extraRequired: string[] = [],
  ): JsonSchemaNode {
    const properties: Record<string, JsonSchemaNode> = { ...extra }
    const required: string[] = [...extraRequired]
    for (const [key, schema] of Object.entries(this.shape)) {
      properties[key] = generator.property(schema)
      if (!(schema instanceof OptionalSchema)) required.push(key)
    }
    return {
      type: 'object',
      ...(this.description ? { description: this.description } : {}),
      properties,
      ...(required.length ? { required } : {}),
      additionalProperties: false,
    }
  }
  typeName(): string {
    return this.name
  }
  override children(): readonly AnySchema[] {
    return Object.values(this.shape)
  }
}

/** A mapping named `name` with the properties of `shape`. */
export function object<S extends Shape>(name: string, shape: S): ObjectSchema<S> {
  return new ObjectSchema(name, shape)
}

function structuredCloneJson<T>(value: T): T {
  return typeof value === 'object' && value !== null ? (JSON.parse(JSON.stringify(value)) as T) : value
}
