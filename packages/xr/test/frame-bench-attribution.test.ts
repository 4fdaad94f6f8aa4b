// The frame bench's allocation report: bytes land on the chunk of the function that allocated.
import { describe, expect, it } from 'vitest'
import { attribute, chunkOf, topAllocators, type SamplingHeapProfileNode } from '../bench/heap-profile.ts'

const node = (
  functionName: string,
  url: string,
  selfSize: number,
  children: SamplingHeapProfileNode[] = [],
): SamplingHeapProfileNode => ({ callFrame: { functionName, url }, selfSize, children })

describe('frame bench attribution', () => {
  it('names a chunk by its file name, hash or not', () => {
    expect(chunkOf('http://127.0.0.1:4000/assets/rapier-Bx1_a2c9.js')).toBe('rapier')
    expect(chunkOf('http://127.0.0.1:4000/assets/practicum-sim-AbC12-45.js')).toBe('practicum-sim')
    expect(chunkOf('')).toBe('other')
  })

  it('sums self sizes by chunk and lists the top allocators of one', () => {
    const head = node('(root)', '', 0, [
      node('frame', '/assets/practicum-xr-aaaaaaaa.js', 0, [
        node('translation', '/assets/rapier-bbbbbbbb.js', 300),
        node('rotation', '/assets/rapier-bbbbbbbb.js', 100, [
          node('translation', '/assets/rapier-bbbbbbbb.js', 50),
        ]),
      ]),
      node('render', '/assets/three-cccccccc.js', 1000),
      node('(V8 API)', '', 7),
    ])
    expect(Object.fromEntries(attribute(head))).toEqual({ rapier: 450, three: 1000, other: 7 })
    expect(topAllocators(head, 'rapier', 1)).toEqual([['translation', 350]])
    expect(topAllocators(head, 'practicum-xr', 3)).toEqual([])
  })
})
