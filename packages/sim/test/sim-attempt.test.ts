import { beforeAll, describe, expect, it } from 'vitest'
import { createSim, runBot, type SimEvent } from '@practicum/sim'
import { closeValve, enter, lockOut, shutDown } from './support/press-lockout-bots.ts'
import { loadFixture, RAPIER } from './support/load-fixture.ts'

beforeAll(async () => {
  await RAPIER.init()
})

function types(events: readonly SimEvent[]): string[] {
  return events.map((event) => event.type)
}

describe('an attempt in plain Node', () => {
  it('the expert bot passes with full marks', () => {
    const sim = createSim({ rapier: RAPIER, scenario: loadFixture('press-lockout.yaml'), mode: 'assessment' })
    runBot(sim, [...shutDown, ...closeValve, ...lockOut, ...enter])
    const events = sim.events()
    const ended = events.find((event) => event.type === 'attempt-ended')
    expect(ended, types(events).join(', ')).toMatchObject({
      outcome: 'passed',
      score: 1,
      criticalErrors: [],
      reason: 'procedure-complete',
    })
    const completed = events
      .filter((event) => event.type === 'step-completed')
      .map((event) => event.type === 'step-completed' && event.id)
    expect(completed).toEqual(['shutDown', 'closeValve', 'lockOut', 'enter'])
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'energy-changed', id: 'air', state: 'isolated' }),
    )
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'attached', object: 'lock', to: 'haspPoint' }),
    )
    sim.dispose()
  })

  it('skipping the critical valve step fails with the critical error of entering live', () => {
    const sim = createSim({ rapier: RAPIER, scenario: loadFixture('press-lockout.yaml'), mode: 'assessment' })
    runBot(sim, [...shutDown, ...lockOut, ...enter])
    const ended = sim.events().find((event) => event.type === 'attempt-ended')
    expect(ended).toMatchObject({ outcome: 'failed', criticalErrors: ['skippedValve'] })
    sim.dispose()
  })
})

describe('the event stream', () => {
  it('ends with attempt-ended: nothing follows it, even when a step done out of order reveals a skipped critical step', async () => {
    const sim = createSim({ rapier: RAPIER, scenario: loadFixture('press-lockout.yaml'), mode: 'assessment' })
    runBot(sim, [...shutDown, ...lockOut, ...enter])
    const events = sim.events()
    expect(events[events.length - 1]?.type).toBe('attempt-ended')
    const types = events.map((event) => event.type)
    expect(types.slice(types.indexOf('critical-error') - 1, types.indexOf('critical-error') + 1)).toEqual([
      'step-completed',
      'critical-error',
    ])
    sim.dispose()
  })
})

describe('subscribing', () => {
  it('a subscriber attached after createSim hears attempt-started, first', () => {
    const sim = createSim({ rapier: RAPIER, scenario: loadFixture('press-lockout.yaml') })
    const heard: string[] = []
    sim.subscribe((event) => heard.push(event.type))
    sim.step()
    expect(heard[0]).toBe('attempt-started')
    expect(sim.events()[0]).toMatchObject({
      type: 'attempt-started',
      step: 0,
      scenario: 'press-lockout-test',
    })
    sim.dispose()
  })
})
