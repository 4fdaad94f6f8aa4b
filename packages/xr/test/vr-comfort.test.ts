import { afterEach, describe, expect, it } from 'vitest'
import type { Sim } from '@practicum/sim'
import { aimTeleport, createFade, pulseOnHazards, vignetteStrength } from '@practicum/xr'
import { pressSim } from './support/press-sim.ts'

let sim: Sim | undefined

afterEach(() => {
  sim?.dispose()
  sim = undefined
})

describe('VR comfort', () => {
  it('the vignette follows the speed: 0 still, in proportion, full from the full speed on', () => {
    expect(vignetteStrength(0, 1.5, 0.8)).toBe(0)
    expect(vignetteStrength(0.75, 1.5, 0.8)).toBeCloseTo(0.4, 9)
    expect(vignetteStrength(3, 1.5, 0.8)).toBe(0.8)
    expect(vignetteStrength(Number.NaN, 1.5, 0.8)).toBe(0)
  })

  it('a fall fades to dark, holds, and comes back to clear', () => {
    const fade = createFade()
    expect(fade.update(0.1)).toBe(0)
    fade.start()
    const seen: number[] = []
    for (let i = 0; i < 150; i++) seen.push(fade.update(1 / 90))
    expect(Math.max(...seen)).toBe(1)
    expect(seen.indexOf(1)).toBeLessThan(15) // dark within 0.15 s
    expect(seen.at(-1)).toBe(0)
    // Monotonic: darker, then lighter, no flicker.
    const peak = seen.indexOf(1)
    for (let i = 1; i <= peak; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!)
    for (let i = peak + 1; i < seen.length; i++) expect(seen[i]!).toBeLessThanOrEqual(seen[i - 1]!)
  })

  it('the teleport arc lands on the floor ahead, farther when aimed higher, and not beyond the range', () => {
    const from = { x: 0, y: 1.2, z: 0 }
    const down = { x: -Math.sin(Math.PI / 8), y: 0, z: 0, w: Math.cos(Math.PI / 8) } // 45° down
    const level = { x: 0, y: 0, z: 0, w: 1 }
    const near = { x: 0, y: 0, z: 0 }
    const far = { x: 0, y: 0, z: 0 }
    expect(aimTeleport(from, down, 0, 8, near)).toBe(true)
    expect(aimTeleport(from, level, 0, 8, far)).toBe(true)
    expect(near).toMatchObject({ x: expect.closeTo(0, 9), y: 0 })
    expect(near.z).toBeLessThan(0)
    expect(far.z).toBeLessThan(near.z)
    expect(aimTeleport(from, level, 0, 1, far)).toBe(false)
    expect(aimTeleport({ x: 0, y: -0.1, z: 0 }, level, 0, 8, far)).toBe(false)
  })
})

describe('VR haptics', () => {
  it('pulses the controllers once per hazard that becomes live', async () => {
    sim = await pressSim()
    const pulses: [number, number][] = []
    const stop = pulseOnHazards(sim, (intensity, ms) => pulses.push([intensity, ms]))
    sim.step()
    const live = sim.events().filter((event) => event.type === 'hazard-live').length
    expect(live).toBeGreaterThan(0)
    expect(pulses).toEqual(Array.from({ length: live }, () => [0.8, 200]))
    stop()
  })
})
