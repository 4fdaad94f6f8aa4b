import { beforeAll, describe, expect, it } from 'vitest'
import { createPhysicsWorld, loadMeshes, readGlb, type ObjectSpec } from '@practicum/sim'
import { RAPIER } from './support/load-fixture.ts'
import { boxGlb } from './support/make-glb.ts'

beforeAll(async () => {
  await RAPIER.init()
})

const floor: ObjectSpec = {
  id: 'floor',
  transform: { position: [0, -0.05, 0], rotation: [0, 0, 0], scale: [1, 1, 1] },
  shape: { kind: 'box', size: [10, 0.1, 10] },
  body: { type: 'fixed', friction: 0.8, restitution: 0 },
}

describe('glTF-derived colliders', () => {
  it('reads the triangles of a .glb, placed by its node', () => {
    const mesh = readGlb(boxGlb([0.5, 0.4, 0.3], [0, 0.2, 0]), 'crate.glb')
    expect(mesh.vertices).toHaveLength(24)
    expect(mesh.indices).toHaveLength(36)
    const ys = [...mesh.vertices].filter((_, i) => i % 3 === 1)
    expect(Math.min(...ys)).toBeCloseTo(0, 6)
    expect(Math.max(...ys)).toBeCloseTo(0.4, 6)
  })

  it.each(['hull', 'trimesh', 'box'] as const)(
    'a model with a %s collider rests on the floor at its real height',
    (collider) => {
      const meshes = new Map([['crate.glb', readGlb(boxGlb([0.5, 0.4, 0.3], [0, 0.2, 0]), 'crate.glb')]])
      const type = collider === 'trimesh' ? 'fixed' : 'dynamic'
      const world = createPhysicsWorld(RAPIER, {
        physics: { gravity: 9.80665, timeStep: 1 / 90, solverIterations: 8 },
        objects: [
          floor,
          {
            id: 'crate',
            transform: { position: [0, 1, 0], rotation: [0, 0, 0], scale: [1, 1, 1] },
            shape: { kind: 'model', asset: 'crate.glb', collider },
            body: { type, mass: 10, friction: 0.6, restitution: 0 },
          },
        ],
        joints: [],
        zones: [],
        meshes,
      })
      for (let i = 0; i < 180; i++) {
        world.beginStep()
        world.step()
      }
      // the mesh's bottom is at the node's origin: a dynamic crate comes to rest with y ≈ 0
      expect(world.body('crate')!.translation().y).toBeCloseTo(type === 'fixed' ? 1 : 0, 1)
      world.dispose()
    },
  )

  it('says what is wrong with a file that is not a .glb, and asks for .glb over .gltf', async () => {
    expect(() =>
      readGlb(
        new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]),
        'press.glb',
      ),
    ).toThrow('press.glb: not a binary glTF (.glb) file')
    await expect(loadMeshes(['press.gltf'], async () => new Uint8Array())).rejects.toThrow(
      'export the model as .glb',
    )
    await expect(loadMeshes(['gone.glb'], async () => undefined)).rejects.toThrow(
      'gone.glb: model file not found',
    )
  })
})
