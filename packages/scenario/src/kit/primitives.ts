import type { JsonSchemaNode } from './json-schema.ts'
import { suggestion } from './did-you-mean.ts'
import { INVALID, jsonTypeOf, Schema, type Parsed, type ParseContext, type Path } from './schema.ts'

/** Text, optionally matching a pattern. */
export class StringSchema extends Schema<string, string> {
  private readonly regex: RegExp | undefined
  constructor(
    readonly pattern?: { regex: string; explain: string },
    readonly minLength = 0,
  ) {
    super()
    this.regex = pattern ? new RegExp(pattern.regex, 'u') : undefined
  }
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<string> {
    if (typeof value !== 'string')
      return ctx.problem('type', path, `expected text, found ${jsonTypeOf(value)}`, 'write a string')
    if (value.length < this.minLength)
      return ctx.problem('invalid-value', path, 'expected non-empty text', 'write some text')
    if (this.pattern && this.regex && !this.regex.test(value)) {
      return ctx.problem(
        'invalid-value',
        path,
        `"${value}" is not ${this.pattern.explain}`,
        `write ${this.pattern.explain}`,
      )
    }
    return value
  }
  toJsonSchema(): JsonSchemaNode {
    return {
      type: 'string',
      ...(this.pattern ? { pattern: this.pattern.regex } : {}),
      ...(this.minLength ? { minLength: this.minLength } : {}),
    }
  }
  typeName(): string {
    return this.pattern ? this.pattern.explain : 'text'
  }
}

/** A plain number (no unit), optionally an integer within bounds. */
export class NumberSchema extends Schema<number, number> {
  constructor(readonly options: { integer?: boolean; min?: number; max?: number } = {}) {
    super()
  }
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<number> {
    const { integer = false, min, max } = this.options
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return ctx.problem(
        'type',
        path,
        `expected ${this.typeName()}, found ${jsonTypeOf(value)}`,
        'write a number',
      )
    }
    if (integer && !Number.isInteger(value))
      return ctx.problem(
        'invalid-value',
        path,
        `expected a whole number, found ${value}`,
        'drop the fraction',
      )
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      return ctx.problem(
        'out-of-range',
        path,
        `${value} is outside ${min ?? '−∞'}…${max ?? '∞'}`,
        `write a number from ${min ?? '−∞'} to ${max ?? '∞'}`,
      )
    }
    return value
  }
  toJsonSchema(): JsonSchemaNode {
    const { integer = false, min, max } = this.options
    return {
      type: integer ? 'integer' : 'number',
      ...(min !== undefined ? { minimum: min } : {}),
      ...(max !== undefined ? { maximum: max } : {}),
    }
  }
  typeName(): string {
    return this.options.integer ? 'whole number' : 'number'
  }
}

/** true or false. */
export class BooleanSchema extends Schema<boolean, boolean> {
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<boolean> {
    if (typeof value !== 'boolean')
      return ctx.problem(
        'type',
        path,
        `expected true or false, found ${jsonTypeOf(value)}`,
        'write true or false',
      )
    return value
  }
  toJsonSchema(): JsonSchemaNode {
    return { type: 'boolean' }
  }
  typeName(): string {
    return 'true/false'
  }
}

/** One of a fixed list of words. */
export class EnumSchema<const T extends string | number> extends Schema<T, T> {
  constructor(readonly values: readonly T[]) {
    super()
  }
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<T> {
    if (this.values.includes(value as T)) return value as T
    const words = this.values.map(String)
    return ctx.problem(
      'invalid-value',
      path,
      `${typeof value === 'string' ? JSON.stringify(value) : jsonTypeOf(value)} is not allowed here`,
      typeof value === 'string'
        ? suggestion(value, words, 'value')
        : `expected one of ${words.map((w) => `"${w}"`).join(', ')}`,
    )
  }
  toJsonSchema(): JsonSchemaNode {
    return this.values.length === 1 ? { const: this.values[0] } : { enum: [...this.values] }
  }
  typeName(): string {
    return this.values.map((value) => `\`${value}\``).join(' | ')
  }
}

export { INVALID }
