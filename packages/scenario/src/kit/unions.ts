import { suggestion } from './did-you-mean.ts'
import type { JsonSchemaGenerator, JsonSchemaNode } from './json-schema.ts'
import type { ObjectInput, ObjectOutput, ObjectSchema, Shape } from './object.ts'
import {
  INVALID,
  jsonTypeOf,
  Schema,
  type AnySchema,
  type Parsed,
  type ParseContext,
  type Path,
} from './schema.ts'

type Variants = Record<string, AnySchema>
type KeyedIn<V extends Variants> = { [K in keyof V]: { [P in K]: V[K]['In'] } }[keyof V]
type KeyedOut<V extends Variants> = { [K in keyof V]: { [P in K]: V[K]['Out'] } }[keyof V]

/**
 * A choice written as a mapping with exactly one key that names the variant, e.g.
 * `{ all: [...] }` or `{ inZone: {...} }`, or a scalar (a number, a quantity, an id).
 * Reads naturally in YAML and picks the variant without guessing, so errors are precise.
 */
export class KeyedUnionSchema<V extends Variants, S extends AnySchema | undefined = undefined> extends Schema<
  KeyedIn<V> | (S extends AnySchema ? S['In'] : never),
  KeyedOut<V> | (S extends AnySchema ? S['Out'] : never)
> {
  constructor(
    readonly name: string,
    readonly variants: V,
    readonly scalar?: S,
  ) {
    super()
  }
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<this['Out']> {
    const keys = Object.keys(this.variants)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      if (this.scalar) {
        ctx.used.add(`${this.name}:(${this.scalar.typeName()})`)
        return this.scalar.parse(value, path, ctx) as Parsed<this['Out']>
      }
      return ctx.problem(
        'type',
        path,
        `expected a ${this.name}, found ${jsonTypeOf(value)}`,
        `write one of: ${keys.join(', ')}`,
      )
    }
    const present = Object.keys(value)
    if (present.length !== 1) {
      return ctx.problem(
        'type',
        path,
        `a ${this.name} has exactly one key, found ${present.length ? present.map((k) => `"${k}"`).join(', ') : 'none'}`,
        `write one of: ${keys.join(', ')}`,
      )
    }
    const key = present[0] ?? ''
    const variant = this.variants[key]
    if (!Object.hasOwn(this.variants, key) || !variant) {
      return ctx.problem(
        'unknown-kind',
        [...path, key],
        `unknown ${this.name} "${key}"`,
        suggestion(key, keys, this.name),
      )
    }
    ctx.used.add(`${this.name}:${key}`)
    const parsed: unknown = variant.parse((value as Record<string, unknown>)[key], [...path, key], ctx)
    return parsed === INVALID ? INVALID : ({ [key]: parsed } as this['Out'])
  }
  toJsonSchema(generator: JsonSchemaGenerator): JsonSchemaNode {
    return generator.named(this.name, () => ({
      ...(this.description ? { description: this.description } : {}),
      anyOf: [
        ...(this.scalar ? [this.scalar.toJsonSchema(generator)] : []),
        ...Object.entries(this.variants).map(([key, variant]) => ({
          type: 'object',
          properties: { [key]: generator.property(variant) },
          required: [key],
          additionalProperties: false,
        })),
      ],
    }))
  }
  typeName(): string {
    return this.name
  }
  override children(): readonly AnySchema[] {
    return [...(this.scalar ? [this.scalar] : []), ...Object.values(this.variants)]
  }
}

type TaggedVariants = Record<string, ObjectSchema<Shape>>
type TaggedIn<T extends string, V extends TaggedVariants> = {
  [K in keyof V]: { [P in T]: K } & (V[K] extends ObjectSchema<infer S> ? ObjectInput<S> : never)
}[keyof V]
type TaggedOut<T extends string, V extends TaggedVariants> = {
  [K in keyof V]: { [P in T]: K } & (V[K] extends ObjectSchema<infer S> ? ObjectOutput<S> : never)
}[keyof V]

/** A choice among objects told apart by a tag property, e.g. `kind: hinge`. */
export class TaggedUnionSchema<T extends string, V extends TaggedVariants> extends Schema<
  TaggedIn<T, V>,
  TaggedOut<T, V>
> {
  constructor(
    readonly name: string,
    readonly tag: T,
    readonly variants: V,
  ) {
    super()
  }
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<TaggedOut<T, V>> {
    const kinds = Object.keys(this.variants)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return ctx.problem(
        'type',
        path,
        `expected a ${this.name} (a mapping with "${this.tag}"), found ${jsonTypeOf(value)}`,
        `write ${this.tag}: one of ${kinds.join(', ')}`,
      )
    }
    const record = value as Record<string, unknown>
    const kind = record[this.tag]
    if (kind === undefined)
      return ctx.problem(
        'required',
        path,
        `${this.name} is missing "${this.tag}"`,
        `add ${this.tag}: one of ${kinds.join(', ')}`,
      )
    const variant =
      typeof kind === 'string' && Object.hasOwn(this.variants, kind) ? this.variants[kind] : undefined
    if (!variant) {
      return ctx.problem(
        'unknown-kind',
        [...path, this.tag],
        `unknown ${this.name} ${this.tag} ${jsonTypeOf(kind)}`,
        suggestion(String(kind), kinds, `${this.name} ${this.tag}`),
      )
    }
    ctx.used.add(`${this.name}:${String(kind)}`)
    const { [this.tag]: _tag, ...rest } = record
    const parsed: unknown = variant.parse(rest, path, ctx)
    return parsed === INVALID ? INVALID : ({ [this.tag]: kind, ...(parsed as object) } as TaggedOut<T, V>)
  }
  toJsonSchema(generator: JsonSchemaGenerator): JsonSchemaNode {
    return generator.named(this.name, () => ({
      ...(this.description ? { description: this.description } : {}),
      oneOf: Object.entries(this.variants).map(([kind, variant]) =>
        variant.inline(
          generator,
          { [this.tag]: { const: kind, description: `This ${this.name} is a ${variant.name}.` } },
          [this.tag],
        ),
      ),
    }))
  }
  typeName(): string {
    return this.name
  }
  override children(): readonly AnySchema[] {
    return Object.values(this.variants)
  }
}

/** A node defined later (for recursive nodes such as conditions); its types are given explicitly. */
export class LazySchema<In, Out> extends Schema<In, Out> {
  private resolved: Schema<In, Out> | undefined
  constructor(
    readonly name: string,
    private readonly get: () => Schema<In, Out>,
  ) {
    super()
  }
  get target(): Schema<In, Out> {
    this.resolved ??= this.get()
    return this.resolved
  }
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<Out> {
    return this.target.parse(value, path, ctx)
  }
  toJsonSchema(generator: JsonSchemaGenerator): JsonSchemaNode {
    return this.target.toJsonSchema(generator)
  }
  typeName(): string {
    return this.name
  }
  override children(): readonly AnySchema[] {
    return [this.target]
  }
}
