import type { JsonSchemaGenerator, JsonSchemaNode } from './json-schema.ts'
import {
  INVALID,
  jsonTypeOf,
  Schema,
  type AnySchema,
  type Parsed,
  type ParseContext,
  type Path,
} from './schema.ts'

/** A list of items of one kind. */
export class ArraySchema<S extends AnySchema> extends Schema<S['In'][], S['Out'][]> {
  constructor(
    readonly item: S,
    readonly minItems = 0,
  ) {
    super()
  }
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<S['Out'][]> {
    if (!Array.isArray(value))
      return ctx.problem(
        'type',
        path,
        `expected a list of ${this.item.typeName()}, found ${jsonTypeOf(value)}`,
        'write a list (items starting with "- ")',
      )
    if (value.length < this.minItems)
      return ctx.problem(
        'invalid-value',
        path,
        `expected at least ${this.minItems} item${this.minItems > 1 ? 's' : ''}`,
        `add a ${this.item.typeName()}`,
      )
    const output: S['Out'][] = []
    let valid = true
    value.forEach((item, index) => {
      const parsed: unknown = this.item.parse(item, [...path, index], ctx)
      if (parsed === INVALID) valid = false
      else output.push(parsed)
    })
    return valid ? output : INVALID
  }
  toJsonSchema(generator: JsonSchemaGenerator): JsonSchemaNode {
    return {
      type: 'array',
      items: this.item.toJsonSchema(generator),
      ...(this.minItems ? { minItems: this.minItems } : {}),
    }
  }
  typeName(): string {
    return `list of ${this.item.typeName()}`
  }
  override children(): readonly AnySchema[] {
    return [this.item]
  }
}

type TupleIn<T extends readonly AnySchema[]> = { -readonly [K in keyof T]: T[K]['In'] }
type TupleOut<T extends readonly AnySchema[]> = { -readonly [K in keyof T]: T[K]['Out'] }

/** A list of fixed length, e.g. a position [x, y, z]. */
export class TupleSchema<const T extends readonly AnySchema[]> extends Schema<TupleIn<T>, TupleOut<T>> {
  constructor(readonly items: T) {
    super()
  }
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<TupleOut<T>> {
    if (!Array.isArray(value) || value.length !== this.items.length) {
      return ctx.problem(
        'type',
        path,
        `expected a list of ${this.items.length} (${this.typeName()}), found ${jsonTypeOf(value)}${Array.isArray(value) ? ` of ${value.length}` : ''}`,
        `write [${this.items.map((item) => item.typeName()).join(', ')}]`,
      )
    }
    const output: unknown[] = []
    let valid = true
    this.items.forEach((item, index) => {
      const parsed: unknown = item.parse(value[index], [...path, index], ctx)
      if (parsed === INVALID) valid = false
      else output.push(parsed)
    })
    return valid ? (output as TupleOut<T>) : INVALID
  }
  toJsonSchema(generator: JsonSchemaGenerator): JsonSchemaNode {
    return {
      type: 'array',
      items: this.items.map((item) => item.toJsonSchema(generator)),
      minItems: this.items.length,
      maxItems: this.items.length,
    }
  }
  typeName(): string {
    return `[${this.items.map((item) => item.typeName()).join(', ')}]`
  }
  override children(): readonly AnySchema[] {
    return this.items
  }
}

/** A mapping from free keys (matching `keyPattern`) to values of one kind. */
export class RecordSchema<S extends AnySchema> extends Schema<
  Record<string, S['In']>,
  Record<string, S['Out']>
> {
  private readonly keyRegex: RegExp
  constructor(
    readonly key: { regex: string; explain: string },
    readonly value: S,
  ) {
    super()
    this.keyRegex = new RegExp(key.regex, 'u')
  }
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<Record<string, S['Out']>> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return ctx.problem(
        'type',
        path,
        `expected a mapping of ${this.key.explain} to ${this.value.typeName()}, found ${jsonTypeOf(value)}`,
        'write key: value lines',
      )
    }
    const output: Record<string, S['Out']> = {}
    let valid = true
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (!this.keyRegex.test(key)) {
        ctx.problem(
          'invalid-value',
          [...path, key],
          `"${key}" is not ${this.key.explain}`,
          `use ${this.key.explain} as keys`,
        )
        valid = false
        continue
      }
      const parsed: unknown = this.value.parse(item, [...path, key], ctx)
      if (parsed === INVALID) valid = false
      else output[key] = parsed
    }
    return valid ? output : INVALID
  }
  toJsonSchema(generator: JsonSchemaGenerator): JsonSchemaNode {
    return {
      type: 'object',
      propertyNames: { pattern: this.key.regex },
      additionalProperties: this.value.toJsonSchema(generator),
    }
  }
  typeName(): string {
    return `mapping of ${this.key.explain} to ${this.value.typeName()}`
  }
  override children(): readonly AnySchema[] {
    return [this.value]
  }
}
