import { describe, expect, it } from 'vitest'
import { Object3D } from 'three'
import { createPoseSync } from '@practicum/xr'
import { pressSim } from './support/press-sim.ts'

describe('createPoseSync', () => {
  it('reads fixed bodies once and a sleeping body once, then nothing until it wakes', async () => {
    const sim = await pressSim()
    const physics = sim.context.physics
    const objects = new Map(physics.bodyIds.map((id) => [id, new Object3D()]))
    const sync = createPoseSync(sim, objects)
    const moving = physics.bodyIds.filter((id) => !physics.body(id)!.isFixed())
    expect(moving).toContain('ball')

    sim.step()
    sync.read()
    expect(sync.lastReadCount).toBeGreaterThan(0)
    expect(sync.lastReadCount).toBeLessThanOrEqual(moving.length)

    // Let everything come to rest (at most 20 s of steps), reading as a renderer would.
    for (let i = 0; i < 1800 && !moving.every((id) => physics.body(id)!.isSleeping()); i++) {
      sim.step()
      sync.read()
    }
    expect(moving.every((id) => physics.body(id)!.isSleeping())).toBe(true)
    sim.step()
    sync.read()
    sim.step()
    sync.read()
    expect(sync.lastReadCount).toBe(0)
    sync.apply(0.5)
    const ball = physics.body('ball')!.translation()
    expect(objects.get('ball')!.position.y).toBeCloseTo(ball.y, 6)
    sim.dispose()
  })
})
