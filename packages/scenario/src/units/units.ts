import type { DimensionName } from './dimension.ts'

/** One unit: its dimension and how to reach SI (`si = value * factor + offset`). */
export interface UnitDefinition {
  readonly dimension: DimensionName
  readonly factor: number
  readonly offset?: number
}

const inch = 0.0254
const foot = 0.3048
const pound = 0.45359237
const poundForce = pound * 9.80665

/**
 * Every unit a scenario may write. Values are exact definitions (NIST SP 811), so `6 ft` is
 * exactly 1.8288 m and `5,000 lbf` is 22 241.1 N.
 */
export const units: Readonly<Record<string, UnitDefinition>> = {
  '': { dimension: 'dimensionless', factor: 1 },
  '%': { dimension: 'dimensionless', factor: 0.01 },
  // Acidity (SDS section 9, pH paper): a dimensionless number, written after the value (`2 pH`).
  pH: { dimension: 'dimensionless', factor: 1 },
  m: { dimension: 'length', factor: 1 },
  cm: { dimension: 'length', factor: 0.01 },
  mm: { dimension: 'length', factor: 0.001 },
  km: { dimension: 'length', factor: 1000 },
  in: { dimension: 'length', factor: inch },
  ft: { dimension: 'length', factor: foot },
  yd: { dimension: 'length', factor: 3 * foot },
  'm^2': { dimension: 'area', factor: 1 },
  'cm^2': { dimension: 'area', factor: 1e-4 },
  'm^3': { dimension: 'volume', factor: 1 },
  L: { dimension: 'volume', factor: 0.001 },
  kg: { dimension: 'mass', factor: 1 },
  g: { dimension: 'mass', factor: 0.001 },
  lb: { dimension: 'mass', factor: pound },
  s: { dimension: 'time', factor: 1 },
  ms: { dimension: 'time', factor: 0.001 },
  min: { dimension: 'time', factor: 60 },
  h: { dimension: 'time', factor: 3600 },
  Hz: { dimension: 'frequency', factor: 1 },
  'm/s': { dimension: 'velocity', factor: 1 },
  'km/h': { dimension: 'velocity', factor: 1000 / 3600 },
  'm/s^2': { dimension: 'acceleration', factor: 1 },
  g0: { dimension: 'acceleration', factor: 9.80665 },
  rad: { dimension: 'angle', factor: 1 },
  deg: { dimension: 'angle', factor: Math.PI / 180 },
  'rad/s': { dimension: 'angularVelocity', factor: 1 },
  'deg/s': { dimension: 'angularVelocity', factor: Math.PI / 180 },
  rpm: { dimension: 'angularVelocity', factor: (2 * Math.PI) / 60 },
  N: { dimension: 'force', factor: 1 },
  kN: { dimension: 'force', factor: 1000 },
  lbf: { dimension: 'force', factor: poundForce },
  'N*m': { dimension: 'torque', factor: 1 },
  Pa: { dimension: 'pressure', factor: 1 },
  kPa: { dimension: 'pressure', factor: 1000 },
  MPa: { dimension: 'pressure', factor: 1e6 },
  bar: { dimension: 'pressure', factor: 1e5 },
  psi: { dimension: 'pressure', factor: poundForce / (inch * inch) },
  J: { dimension: 'energy', factor: 1 },
  kJ: { dimension: 'energy', factor: 1000 },
  cal: { dimension: 'energy', factor: 4.184 },
  W: { dimension: 'power', factor: 1 },
  kW: { dimension: 'power', factor: 1000 },
  'N*s': { dimension: 'impulse', factor: 1 },
  'cal/cm^2': { dimension: 'energyPerArea', factor: 4.184 / 1e-4 },
  'J/m^2': { dimension: 'energyPerArea', factor: 1 },
  A: { dimension: 'current', factor: 1 },
  mA: { dimension: 'current', factor: 0.001 },
  V: { dimension: 'voltage', factor: 1 },
  kV: { dimension: 'voltage', factor: 1000 },
  K: { dimension: 'temperature', factor: 1 },
  degC: { dimension: 'temperature', factor: 1, offset: 273.15 },
  degF: { dimension: 'temperature', factor: 5 / 9, offset: 273.15 - (32 * 5) / 9 },
  ppm: { dimension: 'concentration', factor: 1e-6 },
  '%vol': { dimension: 'concentration', factor: 0.01 },
  '%LEL': { dimension: 'lel', factor: 0.01 },
  'L/min': { dimension: 'volumeFlow', factor: 0.001 / 60 },
}

/** Spellings accepted for the same unit (`m/s²`, `N·s`, `°`…). */
const aliases: Readonly<Record<string, string>> = {
  '°': 'deg',
  '°C': 'degC',
  '°F': 'degF',
  'm²': 'm^2',
  'm³': 'm^3',
  'cm²': 'cm^2',
  'm/s²': 'm/s^2',
  'N·s': 'N*s',
  'N s': 'N*s',
  Ns: 'N*s',
  'N·m': 'N*m',
  'N m': 'N*m',
  Nm: 'N*m',
  'cal/cm²': 'cal/cm^2',
  'J/m²': 'J/m^2',
  l: 'L',
  sec: 's',
  lbs: 'lb',
}

/** The canonical symbol of a unit spelling, or undefined when unknown. */
export function canonicalUnit(symbol: string): string | undefined {
  const canonical = aliases[symbol] ?? symbol
  return Object.hasOwn(units, canonical) ? canonical : undefined
}

/** The SI unit symbol of a named dimension (for messages and docs). */
export function siUnitOf(dimension: DimensionName): string {
  for (const [symbol, unit] of Object.entries(units)) {
    if (unit.dimension === dimension && unit.factor === 1 && !unit.offset) return symbol || '1'
  }
  return dimension
}

/** The units of one dimension, e.g. for a hint. */
export function unitsOf(dimension: DimensionName): string[] {
  return Object.entries(units)
    .filter(([symbol, unit]) => unit.dimension === dimension && symbol !== '')
    .map(([symbol]) => symbol)
}
