// A desktop learner changes level by climbing (the core's teleport), not by walking off an edge:
// the mirror's zone buttons go into a zone on another level that way, and the hand comes along.
import { afterEach, expect, it } from 'vitest'
import type { Sim } from '@practicum/sim'
import { createDesktopRig, goTo, zoneFloor } from '@practicum/xr'
import { ledgeSim } from './support/ledge-sim.ts'

let sim: Sim | undefined
afterEach(() => sim?.dispose())

function run(rig: ReturnType<typeof createDesktopRig>, steps: number): void {
  for (let i = 0; i < steps; i++) {
    rig.update(sim!.dt)
    sim!.step()
  }
}

it('climbs down from the 2 m platform and back up without a fall, the hand coming along', async () => {
  sim = await ledgeSim()
  const rig = createDesktopRig(sim)
  run(rig, 5)
  expect(sim.context.learner.feet().y).toBeCloseTo(2, 2)
  const handAbove = rig.handPosition().y - sim.context.learner.feet().y

  goTo(rig, sim.scenario, { x: 2.5, y: 0, z: 0 })
  expect(rig.moving).toBe(false)
  run(rig, 30)
  const feet = sim.context.learner.feet()
  expect(feet.y).toBeCloseTo(0, 2)
  expect(feet.x).toBeCloseTo(2.5, 2)
  expect(rig.handPosition().y - feet.y).toBeCloseTo(handAbove, 6)
  expect(sim.context.hands[rig.hand].position.y).toBeCloseTo(rig.handPosition().y, 3)

  goTo(rig, sim.scenario, { x: 0, y: 2, z: 0 })
  run(rig, 30)
  expect(sim.context.learner.feet().y).toBeCloseTo(2, 2)
  expect(sim.events().filter((event) => event.type === 'fell')).toEqual([])
  expect(sim.events().filter((event) => event.type === 'hazard-exposed')).toEqual([])
})

it('walks to a place on its own level', async () => {
  sim = await ledgeSim()
  const rig = createDesktopRig(sim)
  goTo(rig, sim.scenario, { x: 0.5, y: 2.2, z: 0.3 })
  expect(rig.moving).toBe(true)
  run(rig, 90)
  expect(sim.context.learner.feet()).toMatchObject({ x: expect.closeTo(0.5, 2), z: expect.closeTo(0.3, 2) })
})

it("a zone's floor is the bottom of its shape", async () => {
  sim = await ledgeSim()
  const [edge] = sim.scenario.zones
  // The fixture's 1 m box zone centred at the origin.
  expect(zoneFloor(edge!)).toEqual({ x: 0, y: -0.5, z: 0 })
})
