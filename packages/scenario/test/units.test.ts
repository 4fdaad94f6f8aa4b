import { describe, expect, it } from 'vitest'
import { describeDimension, dimensions, fromSI, parseQuantity } from '@practicum/scenario'

describe('quantities and units', () => {
  it.each([
    ['6 ft', 1.8288, 'length'],
    ['1.8 m', 1.8, 'length'],
    ['10 ppm', 1e-5, 'concentration'],
    ['19.5 %vol', 0.195, 'concentration'],
    ['10 %LEL', 0.1, 'lel'],
    ['22.2 kN', 22_200, 'force'],
    ['5,000 lbf', 22_241.108_076_8, 'force'],
    ['90 deg', Math.PI / 2, 'angle'],
    ['50 N*s', 50, 'impulse'],
    ['50 N·s', 50, 'impulse'],
    ['40 J', 40, 'energy'],
    ['700 kPa', 700_000, 'pressure'],
    ['100 psi', 689_475.729_316_836, 'pressure'],
    ['8 cal/cm^2', 334_720, 'energyPerArea'],
    ['2 min', 120, 'time'],
    ['20 degC', 293.15, 'temperature'],
    ['9.80665 m/s²', 9.80665, 'acceleration'],
    ['30 %', 0.3, 'dimensionless'],
    ['2 pH', 2, 'dimensionless'],
  ])('%s is %f in SI (%s)', (text, si, dimension) => {
    const quantity = parseQuantity(text)
    if ('error' in quantity) throw new Error(quantity.error)
    expect(quantity.si).toBeCloseTo(si, 6)
    expect(quantity.dimension).toBe(dimension)
  })

  it.each(['6 furlongs', 'six feet', '', '1.2.3 m', 'm 6'])('rejects "%s" with a hint', (text) => {
    const quantity = parseQuantity(text)
    expect('error' in quantity && quantity.hint.length > 0).toBe(true)
  })

  it('converts back from SI for display', () => {
    expect(fromSI(1.8288, 'ft')).toBeCloseTo(6, 12)
    expect(fromSI(293.15, 'degC')).toBeCloseTo(20, 12)
    expect(() => fromSI(1, 'furlong')).toThrow(/unknown unit/)
  })

  it('names dimensions, including products it has no name for', () => {
    expect(describeDimension(dimensions.pressure)).toBe('pressure')
    expect(describeDimension([1, 0, 0, 0, 0, 0, 1, 0])).toBe('m·vol')
  })
})
