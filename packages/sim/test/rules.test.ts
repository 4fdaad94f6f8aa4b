import { beforeAll, describe, expect, it } from 'vitest'
import { createSim, runBot, type Sim, type SimEvent } from '@practicum/sim'
import { loadFixture, RAPIER } from './support/load-fixture.ts'

beforeAll(async () => {
  await RAPIER.init()
})

const scenario = () => loadFixture('rules-playground.yaml')
const seconds = (sim: Sim, s: number) => {
  for (let i = 0; i < Math.round(s / sim.dt); i++) sim.step()
}
const ofType = <T extends SimEvent['type']>(sim: Sim, type: T) =>
  sim.events().filter((e): e is Extract<SimEvent, { type: T }> => e.type === type)

/** The first seeds whose case has, and has not, the 50 % leak. */
function seedsByLeak(): { withLeak: number; without: number } {
  let withLeak: number | undefined
  let without: number | undefined
  for (let seed = 1; seed < 50 && (withLeak === undefined || without === undefined); seed++) {
    const sim = createSim({ rapier: RAPIER, scenario: scenario(), seed })
    if (sim.caseRecord.faults.includes('leak')) withLeak ??= seed
    else without ??= seed
    sim.dispose()
  }
  return { withLeak: withLeak!, without: without! }
}

describe('the rules of the core, from scenario data', () => {
  it('draws the case once from the seed: equal seeds, equal records', () => {
    const a = createSim({ rapier: RAPIER, scenario: scenario(), seed: 3 })
    const b = createSim({ rapier: RAPIER, scenario: scenario(), seed: 3 })
    expect(a.caseRecord).toEqual(b.caseRecord)
    expect(a.caseRecord.draws['gasLevel']).toBeGreaterThanOrEqual(2e-6)
    expect(a.caseRecord.draws['gasLevel']).toBeLessThanOrEqual(8e-6)
    const { withLeak, without } = seedsByLeak()
    expect(withLeak).not.toBe(without)
  })

  it('a drawn fault shows at its trigger; the instrument reading settles toward the new level and alarms', () => {
    const { withLeak } = seedsByLeak()
    const sim = createSim({ rapier: RAPIER, scenario: scenario(), seed: withLeak })
    seconds(sim, 0.5)
    expect(ofType(sim, 'fault-injected')).toEqual([])
    seconds(sim, 0.5)
    expect(ofType(sim, 'fault-injected')).toEqual([expect.objectContaining({ id: 'leak', step: 90 })])
    // first-order lag, τ = 2 s: one τ after the leak the reading has closed ~63 % of the gap
    const before = sim.context.readings.get('h2s')!
    seconds(sim, 2)
    const closed = (sim.context.readings.get('h2s')! - before) / (40e-6 - before)
    expect(closed).toBeGreaterThan(0.6)
    expect(closed).toBeLessThan(0.67)
    seconds(sim, 3)
    expect(ofType(sim, 'state-changed')).toContainEqual(
      expect.objectContaining({ id: 'alarmed', value: true }),
    )
    sim.dispose()
  })

  it('reads a held instrument with the trigger', () => {
    const sim = createSim({ rapier: RAPIER, scenario: scenario(), seed: seedsByLeak().without })
    runBot(
      sim,
      [{ reach: { hand: 'right', to: 'meter' } }, { grip: 'right' }, { wait: 1 }, { trigger: 'right' }],
      { settleSeconds: 0 },
    )
    const [read] = ofType(sim, 'instrument-read')
    expect(read).toMatchObject({ instrument: 'gasMeter', readings: [{ id: 'h2s', alarm: false }] })
    expect(read!.readings[0]!.value).toBeGreaterThan(0)
    sim.dispose()
  })

  it('a switch moves the scripted co-worker, plays a captioned sound, and completes the step', () => {
    const sim = createSim({ rapier: RAPIER, scenario: scenario(), seed: seedsByLeak().withLeak })
    runBot(sim, [{ reach: { hand: 'left', to: 'horn' } }, { trigger: 'left' }], { settleSeconds: 10 })
    expect(ofType(sim, 'toggled')).toEqual([
      expect.objectContaining({ interactable: 'hornButton', value: true }),
    ])
    expect(ofType(sim, 'person-state')).toEqual([
      expect.objectContaining({ id: 'coWorker', state: 'clear', say: 'thing' }),
    ])
    expect(ofType(sim, 'sound')).toEqual([
      expect.objectContaining({ id: 'hornSound', playing: true, caption: 'thing' }),
    ])
    const ended = ofType(sim, 'attempt-ended')[0]
    expect(ended).toMatchObject({ outcome: 'passed', score: 1, feedback: ['thing'], points: 3, maxPoints: 3 })
    sim.dispose()
  })

  it('gives the hint after 30 s in practice mode, never in assessment', () => {
    for (const mode of ['practice', 'assessment'] as const) {
      const sim = createSim({ rapier: RAPIER, scenario: scenario(), seed: seedsByLeak().without, mode })
      seconds(sim, 31)
      expect(ofType(sim, 'hint')).toHaveLength(mode === 'practice' ? 1 : 0)
      sim.dispose()
    }
  })

  it('fails a step that runs out of time and scores what was done', () => {
    const sim = createSim({
      rapier: RAPIER,
      scenario: scenario(),
      seed: seedsByLeak().without,
      mode: 'assessment',
    })
    seconds(sim, 61)
    expect(ofType(sim, 'step-failed')).toEqual([
      expect.objectContaining({ id: 'warn', reason: 'time-limit' }),
    ])
    sim.finish()
    expect(ofType(sim, 'attempt-ended')[0]).toMatchObject({
      outcome: 'failed',
      score: 0,
      reason: 'finished-by-learner',
    })
    sim.dispose()
  })

  it('a subscriber that throws changes nothing', () => {
    const seed = seedsByLeak().withLeak
    const calm = createSim({ rapier: RAPIER, scenario: scenario(), seed })
    const troubled = createSim({ rapier: RAPIER, scenario: scenario(), seed })
    troubled.subscribe(() => {
      throw new Error('a broken screen reader')
    })
    seconds(calm, 5)
    seconds(troubled, 5)
    expect(troubled.checksum()).toBe(calm.checksum())
    calm.dispose()
    troubled.dispose()
  })

  it('rejects a parameter override outside its range, naming it', () => {
    expect(() =>
      createSim({ rapier: RAPIER, scenario: scenario(), parameters: { alarmLevel: 0.5e-6 } }),
    ).toThrow('parameter "alarmLevel" = 0.5 ppm is below its minimum 1 ppm (Test fixture)')
    expect(() => createSim({ rapier: RAPIER, scenario: scenario(), parameters: { nope: 1 } })).toThrow(
      'unknown parameter "nope"; this scenario declares alarmLevel',
    )
  })
})
