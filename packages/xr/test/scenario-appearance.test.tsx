// Objects drawn from the core's state (`appearance`): the fire-extinguisher scenario's flames take
// their size from the flame heights the core keeps, and only the burning place shows flames.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import type { Object3D } from 'three'
import type { Sim } from '@practicum/sim'
import { ScenarioScene } from '@practicum/xr'
import { fireSim } from './support/fire-sim.ts'

let sim: Sim | undefined
const folder = path.resolve(import.meta.dirname, '../../../scenarios/fire-extinguisher')
// The models inline, so nothing is fetched from a server.
const assets = (asset: string) =>
  `data:model/gltf-binary;base64,${readFileSync(path.join(folder, asset)).toString('base64')}`

afterEach(() => {
  sim?.dispose()
  sim = undefined
})

function shapeOf(root: Object3D, id: string): Object3D {
  const group = root.getObjectByName(id)?.getObjectByName('practicum-shape')
  if (!group) throw new Error(`no shape of ${id}`)
  return group
}

it('sizes the flames of the burning place by the core flame heights, and draws no other flames', async () => {
  const core = (sim = await fireSim(1))
  // The fault that sets where the fire is fires on the first step.
  core.step()
  expect(core.context.values.get('fireAt')).toBe('bin')
  const renderer = await ReactThreeTestRenderer.create(<ScenarioScene sim={core} assets={assets} />)
  const root = renderer.scene.instance
  const height = (part: string) => core.context.values.get(`flame${part}`) as number
  for (const part of ['L', 'C', 'R']) {
    const flame = shapeOf(root, `binFlame${part}`)
    expect(flame.visible).toBe(true)
    expect(flame.scale.y).toBeCloseTo(height(part) / 0.5, 9)
    for (const place of ['tray', 'cabinet', 'fryer'])
      expect(shapeOf(root, `${place}Flame${part}`).visible).toBe(false)
  }
  const before = shapeOf(root, 'binFlameC').scale.y
  await renderer.advanceFrames(120, 1 / 30)
  // Left alone the fire grows (fireGrowthRate), and the drawing follows the core, not a rule of its own.
  expect(height('C')).toBeGreaterThan(0.5)
  expect(shapeOf(root, 'binFlameC').scale.y).toBeGreaterThan(before)
  expect(shapeOf(root, 'binFlameC').scale.y).toBeCloseTo(height('C') / 0.5, 9)
  expect(shapeOf(root, 'binFlameC').scale.x).toBeCloseTo(height('C') / 0.5, 9)
  await renderer.unmount()
})
