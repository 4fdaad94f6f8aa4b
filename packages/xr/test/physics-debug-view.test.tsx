import { describe, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import type { BufferGeometry, LineSegments } from 'three'
import { PhysicsDebugView } from '@practicum/xr'
import { pressSim } from './support/press-sim.ts'

describe('PhysicsDebugView', () => {
  it("draws the core's world.debugRender() lines, reusing its buffers while their size holds", async () => {
    const sim = await pressSim()
    const renderer = await ReactThreeTestRenderer.create(<PhysicsDebugView sim={sim} />)
    await renderer.advanceFrames(1, 1 / 60)
    const lines = renderer.scene.children[0]!.instance as LineSegments<BufferGeometry>
    const { vertices } = sim.context.physics.world.debugRender()
    const position = lines.geometry.getAttribute('position')
    expect(position.array.length).toBe(vertices.length)
    expect(position.array.length).toBeGreaterThan(0)
    await renderer.advanceFrames(1, 1 / 60)
    expect(lines.geometry.getAttribute('position')).toBe(position)
    await renderer.unmount()
    sim.dispose()
  })
})
