import type { DimensionName } from '../units/dimension.ts'
import { parseQuantity, quantityPattern } from '../units/quantity.ts'
import { siUnitOf, unitsOf } from '../units/units.ts'
import type { JsonSchemaNode } from './json-schema.ts'
import { a, jsonTypeOf, Schema, type Parsed, type ParseContext, type Path } from './schema.ts'

/** What an author writes for a quantity: `"6 ft"`, or a bare number meaning SI units. */
export type QuantityInput = number | string

/**
 * A physical quantity of one dimension, written with a unit and validated as a number in SI.
 * A bare number is taken in SI units (metres, seconds, kilograms, radians…).
 */
export class QuantitySchema extends Schema<QuantityInput, number> {
  constructor(
    readonly dimension: DimensionName,
    readonly range: { min?: number; max?: number } = {},
  ) {
    super()
  }
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<number> {
    let si: number
    if (typeof value === 'number' && Number.isFinite(value)) si = value
    else if (typeof value === 'string') {
      const quantity = parseQuantity(value)
      if ('error' in quantity) return ctx.problem('unit', path, quantity.error, quantity.hint)
      if (quantity.dimension !== this.dimension) {
        return ctx.problem(
          'dimension',
          path,
          `expected ${a(this.dimension)}, found "${value}" (${a(quantity.dimension)})`,
          `use a unit of ${this.dimension}: ${unitsOf(this.dimension).slice(0, 8).join(', ') || 'no unit'}`,
        )
      }
      si = quantity.si
    } else {
      return ctx.problem(
        'type',
        path,
        `expected ${a(this.dimension)} such as "${example(this.dimension)}", found ${jsonTypeOf(value)}`,
        'write a number and a unit',
      )
    }
    const { min, max } = this.range
    if ((min !== undefined && si < min) || (max !== undefined && si > max)) {
      return ctx.problem(
        'out-of-range',
        path,
        `${String(value)} is outside the allowed range ${min ?? '−∞'}…${max ?? '∞'} ${siUnitOf(this.dimension)}`,
        'write a value in the range',
      )
    }
    return si
  }
  toJsonSchema(): JsonSchemaNode {
    const { min, max } = this.range
    const number = {
      type: 'number',
      ...(min !== undefined ? { minimum: min } : {}),
      ...(max !== undefined ? { maximum: max } : {}),
    }
    return {
      anyOf: [number, { type: 'string', pattern: quantityPattern }],
      examples: [example(this.dimension)],
    }
  }
  typeName(): string {
    return this.dimension === 'dimensionless'
      ? 'number or percent'
      : `${this.dimension} (e.g. \`${example(this.dimension)}\`)`
  }
}

function example(dimension: DimensionName): string {
  const unit = unitsOf(dimension)[0]
  return unit === undefined ? '1' : `1 ${unit}`
}

/** A number or a quantity of any dimension (inside expressions, where the checker infers dimensions). */
export class AnyQuantitySchema extends Schema<QuantityInput, number> {
  parse(value: unknown, path: Path, ctx: ParseContext): Parsed<number> {
    if (typeof value === 'number' && Number.isFinite(value)) return value
    if (typeof value === 'string') {
      const quantity = parseQuantity(value)
      if ('error' in quantity) return ctx.problem('unit', path, quantity.error, quantity.hint)
      return quantity.si
    }
    return ctx.problem(
      'type',
      path,
      `expected a number or a quantity such as "10 ppm", found ${jsonTypeOf(value)}`,
      'write a number, or a number and a unit',
    )
  }
  toJsonSchema(): JsonSchemaNode {
    return { anyOf: [{ type: 'number' }, { type: 'string', pattern: quantityPattern }] }
  }
  typeName(): string {
    return 'number or quantity'
  }
}
