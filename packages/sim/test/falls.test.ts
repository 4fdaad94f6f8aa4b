import { beforeAll, expect, it } from 'vitest'
import { createSim, runBot } from '@practicum/sim'
import { loadFixture, RAPIER } from './support/load-fixture.ts'

beforeAll(async () => {
  await RAPIER.init()
})

it('walks level on a platform, and falls its height when walking off the edge', () => {
  const sim = createSim({ rapier: RAPIER, scenario: loadFixture('ledge.yaml') })
  runBot(sim, [{ walkTo: [0.6, 0, 0] }, { wait: 1 }], { settleSeconds: 0 })
  expect(sim.context.learner.feet().y).toBeCloseTo(2, 1)
  expect(sim.events().some((event) => event.type === 'fell')).toBe(false)
  runBot(sim, [{ walkTo: [2, 0, 0] }, { wait: 2 }], { settleSeconds: 0 })
  const fell = sim.events().find((event) => event.type === 'fell')
  expect(fell).toMatchObject({ type: 'fell' })
  expect(fell?.type === 'fell' && fell.height).toBeGreaterThan(1.8)
  expect(fell?.type === 'fell' && fell.height).toBeLessThan(2.2)
  expect(sim.context.learner.feet().y).toBeCloseTo(0, 1)
  expect(sim.events()).toContainEqual(
    expect.objectContaining({ type: 'hazard-exposed', id: 'fallFromHeight', outcome: 'injury' }),
  )
  sim.dispose()
})
