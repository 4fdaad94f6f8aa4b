import { afterEach, describe, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { Profiler } from 'react'
import type { Object3D } from 'three'
import type { Sim } from '@practicum/sim'
import { ScenarioScene } from '@practicum/xr'
import { pressSim } from './support/press-sim.ts'

const frame = 1 / 60
let sim: Sim | undefined

afterEach(() => {
  sim?.dispose()
  sim = undefined
})

function objectNamed(root: Object3D, name: string): Object3D {
  const found = root.getObjectByName(name)
  if (!found) throw new Error(`no object ${name}`)
  return found
}

describe('ScenarioScene', () => {
  it('draws one mesh per scenario object, at the core pose of each body', async () => {
    sim = await pressSim()
    const renderer = await ReactThreeTestRenderer.create(<ScenarioScene sim={sim} />)
    const root = renderer.scene.instance
    for (const object of sim.scenario.objects) {
      const group = objectNamed(root, object.id)
      expect(group.children[0]?.children[0]?.type, object.id).toBe('Mesh')
    }
    const start = sim.poses().find((pose) => pose.id === 'ball')!
    expect(objectNamed(root, 'ball').position.y).toBeCloseTo(start.position.y, 6)
    await renderer.unmount()
  })

  it('moves a falling body with the core, between its poses of the last two frames that stepped', async () => {
    sim = await pressSim()
    const core = sim
    const coreHeight = () => core.poses().find((pose) => pose.id === 'ball')!.position.y
    const renderer = await ReactThreeTestRenderer.create(<ScenarioScene sim={core} />)
    const ball = objectNamed(renderer.scene.instance, 'ball')
    let previous = coreHeight()
    let rendered = ball.position.y
    for (let i = 0; i < 30; i++) {
      await renderer.advanceFrames(1, frame)
      const now = coreHeight()
      // It falls frame after frame, drawn at or above where the core has it now.
      expect(ball.position.y).toBeLessThan(rendered)
      expect(ball.position.y).toBeGreaterThanOrEqual(now)
      expect(ball.position.y).toBeLessThanOrEqual(previous)
      rendered = ball.position.y
      if (now !== previous) previous = now
    }
    expect(core.stepIndex).toBeGreaterThanOrEqual(44)
    await renderer.unmount()
  })

  it('leaves the core unstepped while paused', async () => {
    sim = await pressSim()
    const renderer = await ReactThreeTestRenderer.create(<ScenarioScene sim={sim} paused />)
    await renderer.advanceFrames(30, frame)
    expect(sim.stepIndex).toBe(0)
    await renderer.update(<ScenarioScene sim={sim} paused={false} />)
    await renderer.advanceFrames(30, frame)
    expect(sim.stepIndex).toBeGreaterThan(0)
    await renderer.unmount()
  })

  it('makes no React commit over 300 steady frames', async () => {
    sim = await pressSim()
    let commits = 0
    const renderer = await ReactThreeTestRenderer.create(
      <Profiler id="scene" onRender={() => commits++}>
        <ScenarioScene sim={sim} />
      </Profiler>,
    )
    await renderer.advanceFrames(10, frame)
    const before = commits
    const steps = sim.stepIndex
    await renderer.advanceFrames(300, frame)
    expect(sim.stepIndex - steps).toBe(450)
    expect(commits - before).toBe(0)
    await renderer.unmount()
  })
})
