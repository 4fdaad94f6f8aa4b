import RAPIER from '@dimforge/rapier3d-compat'
import { beforeAll, describe, expect, it } from 'vitest'
import { createPhysicsWorld, type ObjectSpec } from '@practicum/sim'

beforeAll(async () => {
  await RAPIER.init()
})

const at = (x: number, y: number, z: number) => ({
  position: [x, y, z] as const,
  rotation: [0, 0, 0] as const,
  scale: [1, 1, 1] as const,
})
const floor: ObjectSpec = {
  id: 'floor',
  transform: at(0, -0.05, 0),
  shape: { kind: 'box', size: [20, 0.1, 20] },
  body: { type: 'fixed', friction: 0.8, restitution: 0 },
}
const physics = { gravity: 9.80665, timeStep: 1 / 90, solverIterations: 8 }

describe('the core’s own Rapier world', () => {
  it('takes gravity, time step and solver iterations from the scene', () => {
    const sim = createPhysicsWorld(RAPIER, {
      physics: { gravity: 9.80665, timeStep: 1 / 120, solverIterations: 12 },
      objects: [floor],
      joints: [],
      zones: [],
    })
    expect(sim.world.gravity.y).toBeCloseTo(-9.80665, 6)
    expect(sim.world.timestep).toBeCloseTo(1 / 120, 9)
    expect(sim.world.integrationParameters.numSolverIterations).toBe(12)
    sim.dispose()
  })

  it('drops a box that lands with an impulse of about m·v', () => {
    const box: ObjectSpec = {
      id: 'toolbox',
      transform: at(0, 2, 0),
      shape: { kind: 'box', size: [0.3, 0.2, 0.2] },
      body: { type: 'dynamic', mass: 4, friction: 0.5, restitution: 0 },
    }
    const sim = createPhysicsWorld(RAPIER, { physics, objects: [floor, box], joints: [], zones: [] })
    const impacts = []
    for (let i = 0; i < 120 && impacts.length === 0; i++) {
      sim.beginStep()
      impacts.push(...sim.step())
    }
    expect(impacts).toHaveLength(1)
    const [hit] = impacts
    expect(new Set([hit!.a, hit!.b])).toEqual(new Set(['floor', 'toolbox']))
    // fell ~1.9 m: v = √(2·g·h) ≈ 6.1 m/s, so the landing takes ~24 N·s and ~75 J.
    expect(hit!.impulse).toBeGreaterThan(15)
    expect(hit!.impulse).toBeLessThan(30)
    expect(hit!.energy).toBeGreaterThan(60)
    expect(hit!.energy).toBeLessThan(90)
    sim.dispose()
  })

  it('reads a hinge angle from the bodies and keeps the handle on its hinge', () => {
    const frame: ObjectSpec = {
      id: 'valve-body',
      transform: at(0, 1, 0),
      shape: { kind: 'cylinder', radius: 0.05, height: 0.3 },
      body: { type: 'fixed', friction: 0.5, restitution: 0 },
    }
    const wheel: ObjectSpec = {
      id: 'valve-wheel',
      transform: at(0, 1, 0.2),
      shape: { kind: 'cylinder', radius: 0.15, height: 0.03 },
      body: { type: 'dynamic', mass: 1, friction: 0.5, restitution: 0 },
    }
    const sim = createPhysicsWorld(RAPIER, {
      physics: { ...physics, gravity: 0 },
      objects: [frame, wheel],
      joints: [
        {
          id: 'stem',
          kind: 'hinge',
          a: 'valve-body',
          b: 'valve-wheel',
          anchor: [0, 0, 0.2],
          axis: [0, 0, 1],
          limits: { min: 0, max: Math.PI },
        },
      ],
      zones: [],
    })
    const handle = sim.body('valve-wheel')!
    for (let i = 0; i < 90; i++) {
      handle.setAngvel({ x: 0, y: 0, z: 1.5 }, true)
      sim.step()
    }
    expect(sim.jointValue('stem')).toBeGreaterThan(1.2)
    expect(sim.jointValue('stem')).toBeLessThan(1.7)
    expect(sim.jointAnchorGap('stem')).toBeLessThan(0.001)
    sim.dispose()
  })

  it('builds sensor zones that do not collide', () => {
    const sim = createPhysicsWorld(RAPIER, {
      physics,
      objects: [floor],
      joints: [],
      zones: [{ id: 'danger', shape: { kind: 'box', size: [1, 2, 1] }, transform: at(0, 1, 0) }],
    })
    expect(sim.zoneCollider('danger')!.isSensor()).toBe(true)
    sim.dispose()
  })

  it('names a model without a loaded mesh', () => {
    expect(() =>
      createPhysicsWorld(RAPIER, {
        physics,
        objects: [
          {
            id: 'press',
            transform: at(0, 0, 0),
            shape: { kind: 'model', asset: 'press.glb', collider: 'hull' },
            body: { type: 'fixed', friction: 0.5, restitution: 0 },
          },
        ],
        joints: [],
        zones: [],
      }),
    ).toThrow('scene.objects[0] (press): no mesh loaded for model "press.glb"')
  })
})
