import { describe, expect, it } from 'vitest'
import { createRandom } from '@practicum/sim'

describe('the seeded generator', () => {
  it('repeats a sequence for a seed and differs between seeds', () => {
    const a = createRandom(42)
    const b = createRandom(42)
    const c = createRandom(43)
    const seqA = Array.from({ length: 100 }, () => a.next())
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(seqA)
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(seqA)
  })

  it('is pinned: these numbers are part of every recording', () => {
    const random = createRandom(1)
    expect(Array.from({ length: 4 }, () => random.int(1_000_000))).toMatchInlineSnapshot(`
      [
        425649,
        790421,
        691014,
        524112,
      ]
    `)
  })

  it('draws uniformly enough for cases', () => {
    const random = createRandom(7)
    const counts = [0, 0, 0, 0]
    for (let i = 0; i < 40_000; i++) counts[random.int(4)]!++
    for (const count of counts) expect(count).toBeGreaterThan(9_500)
    expect(random.pick(['a'])).toBe('a')
    expect(() => random.pick([])).toThrow(RangeError)
  })

  it('forks independent, reproducible streams by label', () => {
    const x = createRandom(5).fork('valve-leak')
    const y = createRandom(5).fork('valve-leak')
    const z = createRandom(5).fork('gas-rise')
    const first = x.next()
    expect(y.next()).toBe(first)
    expect(z.next()).not.toBe(first)
  })
})
