import { dimensions, type Dimension, type DimensionName } from './dimension.ts'
import { canonicalUnit, units } from './units.ts'

/** A parsed quantity: its value in SI units and its dimension. */
export interface Quantity {
  readonly si: number
  readonly dimension: DimensionName
  readonly unit: string
}

/** Why a quantity string did not parse. */
export interface QuantityError {
  readonly error: string
  readonly hint: string
}

// A number (thousands grouped by `,` or `_` in threes allowed, `.` decimal, exponent) then a unit.
const pattern = /^\s*([-+]?(?:\d{1,3}(?:[,_]\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*(.*?)\s*$/

/** The JSON Schema pattern of a quantity string (used by the generated schema). */
export const quantityPattern = '^\\s*[-+]?(\\d{1,3}([,_]\\d{3})+|\\d+)(\\.\\d+)?([eE][-+]?\\d+)?\\s*\\S*.*$'

/**
 * Parses `"6 ft"`, `"22.2 kN"`, `"10 ppm"`, `"90 deg"`, `"5,000 lbf"` into SI.
 *
 * @example
 * parseQuantity('6 ft') // { si: 1.8288, dimension: 'length', unit: 'ft' }
 */
export function parseQuantity(text: string): Quantity | QuantityError {
  const match = pattern.exec(text)
  if (!match) {
    return {
      error: `"${text}" is not a quantity`,
      hint: 'write a number then a unit, e.g. "1.8 m" or "10 ppm"',
    }
  }
  const value = Number((match[1] ?? '').replace(/[,_]/g, ''))
  const written = match[2] ?? ''
  const unit = canonicalUnit(written)
  if (unit === undefined) {
    return {
      error: `unknown unit "${written}" in "${text}"`,
      hint: `known units: ${Object.keys(units).filter(Boolean).join(', ')}`,
    }
  }
  const definition = units[unit]
  if (!definition || !Number.isFinite(value)) {
    return { error: `"${text}" is not a finite quantity`, hint: 'write a finite number then a unit' }
  }
  return { si: value * definition.factor + (definition.offset ?? 0), dimension: definition.dimension, unit }
}

/** Converts an SI value to `unit` (the inverse of parsing), e.g. for display. */
export function fromSI(si: number, unit: string): number {
  const canonical = canonicalUnit(unit)
  const definition = canonical === undefined ? undefined : units[canonical]
  if (!definition) throw new RangeError(`unknown unit "${unit}"`)
  return (si - (definition.offset ?? 0)) / definition.factor
}

/** The exponent vector of a named dimension. */
export function dimensionOf(name: DimensionName): Dimension {
  return dimensions[name]
}
