import type { JsonSchemaNode } from './json-schema.ts'
import { jsonTypeOf, Schema, type Parsed, type ParseContext, type Path } from './schema.ts'

/** Type-level brand of {@link Ref}; no value exists at run time. */
export declare const refKind: unique symbol

/**
 * An id of kind `K` as the author writes it. At the type level it carries its kind, so the
 * builder can narrow it to the declared names; at run time it is a plain string.
 */
export type Ref<K extends string> = string & { readonly [refKind]?: K }

/** The kind of a {@link Ref} type, or never for other types. */
export type RefKindOf<T> = T extends string
  ? T extends { readonly [refKind]?: infer K }
    ? unknown extends K
      ? never
      : K
    : never
  : never

const idPattern = '^[A-Za-z][A-Za-z0-9_.-]*$'
const idRegex = new RegExp(idPattern)

function readId(value: unknown, path: Path, ctx: ParseContext, what: string): Parsed<string> {
  if (typeof value !== 'string')
    return ctx.problem('type', path, `expected ${what}, found ${jsonTypeOf(value)}`, 'write the id as text')
  if (!idRegex.test(value)) {
    return ctx.problem(
      'invalid-value',
      path,
      `"${value}" is not a valid id`,
      'ids start with a letter and use letters, digits, "-", "_" and "."',
    )
  }
  return value
}

/** Declares an id of kind `K` (the `id` of an object, a step, a hazard…). */
export class IdSchema<K extends string> extends Schema<Ref<K>, string> {
  constructor(readonly kind: K) {
    super()
  }
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<string> {
    const id = readId(value, path, ctx, `the id of a ${this.kind}`)
    if (typeof id === 'string') ctx.declarations.push({ kind: this.kind, id, path })
    return id
  }
  toJsonSchema(): JsonSchemaNode {
    return { type: 'string', pattern: idPattern }
  }
  typeName(): string {
    return `${this.kind} id`
  }
}

/** Names a declared id of one of `kinds` (checked after parsing, against every declaration). */
export class RefSchema<K extends string> extends Schema<Ref<K>, string> {
  readonly kinds: readonly K[]
  constructor(...kinds: K[]) {
    super()
    this.kinds = kinds
  }
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<string> {
    const id = readId(value, path, ctx, `the id of a ${this.kinds.join(' or ')}`)
    if (typeof id === 'string') ctx.references.push({ kinds: this.kinds, id, path })
    return id
  }
  toJsonSchema(): JsonSchemaNode {
    return { type: 'string', pattern: idPattern }
  }
  typeName(): string {
    return this.kinds.length === 1 && this.kinds[0] === 'text'
      ? 'message key'
      : `${this.kinds.join(' or ')} id`
  }
}

/** A path to an asset file, relative to the scenario file (its existence is checked through a reader). */
export class AssetSchema extends Schema<string, string> {
  constructor(readonly extensions: readonly string[]) {
    super()
  }
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<string> {
    if (typeof value !== 'string' || value === '')
      return ctx.problem(
        'type',
        path,
        `expected an asset path, found ${jsonTypeOf(value)}`,
        `write a path such as "assets/file${this.extensions[0] ?? ''}"`,
      )
    if (!this.extensions.some((extension) => value.endsWith(extension))) {
      return ctx.problem(
        'invalid-value',
        path,
        `"${value}" is not a ${this.extensions.join(' or ')} file`,
        `use a file ending in ${this.extensions.join(' or ')}`,
      )
    }
    if (value.startsWith('/') || value.split('/').includes('..') || /^[a-z]+:/i.test(value)) {
      return ctx.problem(
        'invalid-value',
        path,
        `asset path "${value}" leaves the scenario folder`,
        'write a relative path inside the scenario folder, without ".."',
      )
    }
    ctx.assets.push({ path, asset: value })
    return value
  }
  toJsonSchema(): JsonSchemaNode {
    return { type: 'string', pattern: `(${this.extensions.map((e) => e.replace('.', '\\.')).join('|')})$` }
  }
  typeName(): string {
    return `asset path (${this.extensions.join(', ')})`
  }
}
