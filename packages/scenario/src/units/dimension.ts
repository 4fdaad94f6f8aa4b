/**
 * A physical dimension as exponents of base quantities. Besides the SI bases (m, kg, s, A, K)
 * it keeps angle, gas concentration and fraction of LEL apart, so `10 ppm` where an angle is
 * expected is an error even though all three are dimensionless in SI.
 */
export type Dimension = readonly [
  length: number,
  mass: number,
  time: number,
  current: number,
  temperature: number,
  angle: number,
  concentration: number,
  lel: number,
]

const baseSymbols = ['m', 'kg', 's', 'A', 'K', 'rad', 'vol', 'LEL'] as const

/** Builds a dimension from named exponents. */
export function dim(exponents: Partial<Record<(typeof baseSymbols)[number], number>>): Dimension {
  return baseSymbols.map((symbol) => exponents[symbol] ?? 0) as unknown as Dimension
}

/** The named dimensions that designers meet; each has a readable name for messages. */
export const dimensions = {
  dimensionless: dim({}),
  length: dim({ m: 1 }),
  area: dim({ m: 2 }),
  volume: dim({ m: 3 }),
  mass: dim({ kg: 1 }),
  time: dim({ s: 1 }),
  frequency: dim({ s: -1 }),
  velocity: dim({ m: 1, s: -1 }),
  acceleration: dim({ m: 1, s: -2 }),
  angle: dim({ rad: 1 }),
  angularVelocity: dim({ rad: 1, s: -1 }),
  force: dim({ kg: 1, m: 1, s: -2 }),
  torque: dim({ kg: 1, m: 2, s: -2, rad: -1 }),
  pressure: dim({ kg: 1, m: -1, s: -2 }),
  energy: dim({ kg: 1, m: 2, s: -2 }),
  power: dim({ kg: 1, m: 2, s: -3 }),
  impulse: dim({ kg: 1, m: 1, s: -1 }),
  energyPerArea: dim({ kg: 1, s: -2 }),
  current: dim({ A: 1 }),
  voltage: dim({ kg: 1, m: 2, s: -3, A: -1 }),
  temperature: dim({ K: 1 }),
  concentration: dim({ vol: 1 }),
  lel: dim({ LEL: 1 }),
  volumeFlow: dim({ m: 3, s: -1 }),
} as const satisfies Record<string, Dimension>

/** The name of a named dimension. */
export type DimensionName = keyof typeof dimensions

/** True when both dimensions are the same. */
export function sameDimension(a: Dimension, b: Dimension): boolean {
  return a.every((exponent, index) => exponent === b[index])
}

/** Product (or, with `sign` −1, quotient) of two dimensions. */
export function combine(a: Dimension, b: Dimension, sign: 1 | -1): Dimension {
  return a.map((exponent, index) => exponent + sign * (b[index] ?? 0)) as unknown as Dimension
}

/** The named dimension equal to `d`, if any. */
export function dimensionName(d: Dimension): DimensionName | undefined {
  for (const [name, value] of Object.entries(dimensions)) {
    if (sameDimension(value, d)) return name as DimensionName
  }
  return undefined
}

/** A readable name: `pressure`, or `m²·kg/s` for an unnamed product. */
export function describeDimension(d: Dimension): string {
  const name = dimensionName(d)
  if (name) return name
  const up = baseSymbols.flatMap((symbol, i) => ((d[i] ?? 0) > 0 ? [power(symbol, d[i] ?? 0)] : []))
  const down = baseSymbols.flatMap((symbol, i) => ((d[i] ?? 0) < 0 ? [power(symbol, -(d[i] ?? 0))] : []))
  return `${up.join('·') || '1'}${down.length ? `/${down.join('·')}` : ''}`
}

function power(symbol: string, exponent: number): string {
  return exponent === 1 ? symbol : `${symbol}^${exponent}`
}
