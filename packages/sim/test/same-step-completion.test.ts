import { beforeAll, describe, expect, it } from 'vitest'
import type { SimEvent } from '@practicum/sim'
import { buttonRoom, pressButtonAt, RAPIER } from './support/button-room.ts'

// One action can finish two steps in a row at the same core step: leaving a confined space by
// climbing straight into the attendant post completes "evacuate" and then "take the post". The
// second becomes available when the first completes, and is done in order, however the scenario
// lists them (it was scored out of order when listed before the first, or after it).
beforeAll(async () => {
  await RAPIER.init()
})

describe('two steps done by one action', () => {
  it.each([
    ['in flow order', ['out', 'post']],
    ['the second listed first', ['post', 'out']],
  ])('are both in order when listed %s', (_, listed) => {
    const sim = buttonRoom(
      [{ id: 'button', x: '0.3 m', sets: 'pressed' }],
      {
        steps: listed.map((id) => ({ id, doneWhen: { flag: 'pressed' } })),
        flow: { sequence: ['out', 'post'] },
      },
      [{ competency: 'c', step: 'post' }],
    )
    const events: SimEvent[] = []
    sim.subscribe((event) => events.push(event))
    pressButtonAt(sim, 0.3)
    const completed = events.filter((event) => event.type === 'step-completed')
    expect(completed).toEqual([
      expect.objectContaining({ id: 'out', inOrder: true, points: 1 }),
      expect.objectContaining({ id: 'post', inOrder: true, points: 1 }),
    ])
    // Started before it completed, at the same step.
    const index = (type: string, id: string) =>
      events.findIndex((event) => event.type === type && 'id' in event && event.id === id)
    expect(index('step-started', 'post')).toBeGreaterThan(index('step-completed', 'out'))
    expect(index('step-started', 'post')).toBeLessThan(index('step-completed', 'post'))
    expect(events.find((event) => event.type === 'attempt-ended')).toMatchObject({
      outcome: 'passed',
      score: 1,
    })
    sim.dispose()
  })
})
