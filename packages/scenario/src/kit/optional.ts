import type { JsonSchemaGenerator, JsonSchemaNode } from './json-schema.ts'
import { Schema, type AnySchema, type Parsed, type ParseContext, type Path } from './schema.ts'

/** A property that may be left out; with a default, validation fills it in. */
export class OptionalSchema<S extends AnySchema, D extends S['Out'] | undefined = undefined> extends Schema<
  S['In'],
  D extends undefined ? S['Out'] : S['Out']
> {
  readonly optional = true
  constructor(
    readonly inner: S,
    readonly defaultValue: D,
  ) {
    super()
    this.description = inner.description
  }
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<S['Out']> {
    return this.inner.parse(value, path, ctx) as Parsed<S['Out']>
  }
  toJsonSchema(generator: JsonSchemaGenerator): JsonSchemaNode {
    const node = this.inner.toJsonSchema(generator)
    return this.defaultValue === undefined ? node : { ...node, default: this.defaultValue }
  }
  typeName(): string {
    return this.inner.typeName()
  }
  override children(): readonly AnySchema[] {
    return [this.inner]
  }
}

/** Marks a property optional (left out of the output when absent). */
export function optional<S extends AnySchema>(inner: S): OptionalSchema<S, undefined> {
  return new OptionalSchema(inner, undefined)
}

/** Marks a property optional with a default that validation fills in. */
export function withDefault<S extends AnySchema>(inner: S, value: S['Out']): OptionalSchema<S, S['Out']> {
  return new OptionalSchema(inner, value)
}
