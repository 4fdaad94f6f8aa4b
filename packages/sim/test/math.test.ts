import { describe, expect, it } from 'vitest'
import {
  acos,
  atan,
  atan2,
  cos,
  exp,
  fromAxisAngle,
  rotate,
  sin,
  twistAngle,
  wrapAngle,
  angleBetween,
  identity,
  fromUnitVectors,
  normalize,
  dot,
  cross,
} from '@practicum/sim'

const samples = Array.from({ length: 2001 }, (_, i) => -50 + i * 0.05 + 0.0001 * i)

describe('deterministic math agrees with Math to 1e-12', () => {
  it.each([
    ['sin', sin, Math.sin],
    ['cos', cos, Math.cos],
    ['atan', atan, Math.atan],
  ] as const)('%s', (_name, ours, reference) => {
    for (const x of samples) expect(Math.abs(ours(x) - reference(x))).toBeLessThan(1e-12)
  })

  it('atan2 in every quadrant and on the axes', () => {
    for (const y of [-3, -1, -0.2, 0, 0.2, 1, 3]) {
      for (const x of [-3, -1, -0.2, 0, 0.2, 1, 3])
        expect(Math.abs(atan2(y, x) - Math.atan2(y, x))).toBeLessThan(1e-12)
    }
  })

  it('acos clamps and agrees', () => {
    for (let x = -1; x <= 1; x += 0.01) expect(Math.abs(acos(x) - Math.acos(x))).toBeLessThan(1e-12)
    expect(acos(1.0000001)).toBe(0)
  })

  it('exp, relative', () => {
    for (let x = -30; x <= 30; x += 0.37) expect(Math.abs(exp(x) / Math.exp(x) - 1)).toBeLessThan(1e-13)
    expect(exp(-1000)).toBe(0)
    expect(exp(1000)).toBe(Infinity)
  })

  it('wraps angles to (−π, π]', () => {
    expect(wrapAngle(3 * Math.PI)).toBeCloseTo(Math.PI, 12)
    expect(wrapAngle(-Math.PI)).toBe(Math.PI)
    expect(wrapAngle(0.5)).toBe(0.5)
  })
})

describe('quaternions', () => {
  it('rotates a vector about an axis and reads the twist back', () => {
    const q = fromAxisAngle({ x: 0, y: 1, z: 0 }, Math.PI / 2)
    const v = rotate(q, { x: 1, y: 0, z: 0 })
    expect(v.x).toBeCloseTo(0, 12)
    expect(v.z).toBeCloseTo(-1, 12)
    expect(twistAngle(q, { x: 0, y: 1, z: 0 })).toBeCloseTo(Math.PI / 2, 12)
    expect(twistAngle(q, { x: 1, y: 0, z: 0 })).toBeCloseTo(0, 12)
    expect(angleBetween(identity(), q)).toBeCloseTo(Math.PI / 2, 12)
  })

  it('turns one unit vector onto another the shortest way, opposite ones included', () => {
    const directions = [
      { x: 1, y: 0, z: 0 },
      { x: -1, y: 0, z: 0 },
      { x: 0, y: 1, z: 0 },
      { x: 0, y: 0, z: -1 },
      normalize({ x: 0.3, y: -0.5, z: 0.8 }),
      normalize({ x: -2, y: 0.1, z: 0.4 }),
    ]
    for (const from of directions) {
      for (const to of [...directions, { x: -from.x, y: -from.y, z: -from.z }]) {
        const q = fromUnitVectors(from, to)
        const turned = rotate(q, from)
        expect(dot(turned, to)).toBeCloseTo(1, 12)
        expect(Math.hypot(q.x, q.y, q.z, q.w)).toBeCloseTo(1, 12)
        // The shortest way: the axis is perpendicular to both (nothing turns about the vectors).
        const axis = { x: q.x, y: q.y, z: q.z }
        if (Math.abs(dot(from, to)) < 1 - 1e-9)
          expect(Math.abs(dot(normalize(axis), normalize(cross(from, to))))).toBeCloseTo(1, 12)
        else expect(Math.abs(dot(axis, from))).toBeLessThan(1e-12)
      }
    }
  })
})
