import { describe, expect, it } from 'vitest'
import { createFixedStepDriver } from '@practicum/sim'

describe('the fixed-step driver', () => {
  it('spends elapsed time in whole 90 Hz steps and reports the remainder as alpha', () => {
    const driver = createFixedStepDriver()
    let steps = 0
    const first = driver.advance(1 / 60, () => steps++)
    expect(first.steps).toBe(1)
    expect(first.alpha).toBeCloseTo(0.5, 9)
    const second = driver.advance(1 / 60, () => steps++)
    expect(second.steps).toBe(2)
    expect(second.alpha).toBeCloseTo(0, 9)
    expect(steps).toBe(3)
  })

  it('clamps a long frame instead of catching up in one burst', () => {
    const driver = createFixedStepDriver({ maxElapsed: 0.1 })
    expect(driver.advance(5, () => {}).steps).toBe(9)
    expect(driver.advance(Number.NaN, () => {}).steps).toBe(0)
    expect(driver.advance(-1, () => {}).steps).toBe(0)
  })

  it('takes N steps per frame at the same dt with speed N', () => {
    const driver = createFixedStepDriver({ speed: 8 })
    expect(driver.dt).toBeCloseTo(1 / 90, 15)
    expect(driver.advance(1 / 90, () => {}).steps).toBe(8)
  })

  it('refuses a non-positive step', () => {
    expect(() => createFixedStepDriver({ dt: 0 })).toThrow('dt must be positive')
  })
})
