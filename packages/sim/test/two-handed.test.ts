// A load that needs both hands (`hands: two`): lifted only by both, carried by both, dropped by one.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseScenario } from '@practicum/scenario'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createSim,
  dot,
  normalize,
  readBotScript,
  replay,
  rotate,
  runBot,
  sub,
  type BotCommand,
  type Sim,
  type SimEvent,
} from '@practicum/sim'
import { loadFixture, RAPIER } from './support/load-fixture.ts'

beforeAll(async () => {
  await RAPIER.init()
})

const crateScenario = () => loadFixture('two-handed-crate.yaml')
const start = () => createSim({ rapier: RAPIER, scenario: crateScenario() })
const crate = (sim: Sim) => sim.context.physics.body('crate')!
const ofType = <T extends SimEvent['type']>(sim: Sim, type: T) =>
  sim.events().filter((e): e is Extract<SimEvent, { type: T }> => e.type === type)
const seconds = (sim: Sim, s: number) => {
  for (let i = 0; i < Math.round(s / sim.dt); i++) sim.step()
}

/** Both hands 3 cm off the crate's short sides (it is 0.6 m wide, on a bench, 0.6 m ahead). */
const takeHold: BotCommand[] = [
  { reach: { hand: 'left', to: 'crate', offset: [-0.33, 0, 0] } },
  { reach: { hand: 'right', to: 'crate', offset: [0.33, 0, 0] } },
  { grip: 'left' },
  { grip: 'right' },
]
const lift: BotCommand = { move: { hands: ['left', 'right'], by: [0, 0.3, 0] } }

describe('an object that needs two hands', () => {
  it('cannot be lifted by one hand, and the learner is told why', () => {
    const sim = start()
    seconds(sim, 0.5)
    const before = crate(sim).translation()
    runBot(sim, [
      { reach: { hand: 'left', to: 'crate', offset: [-0.33, 0, 0] } },
      { grip: 'left' },
      { move: { hands: ['left'], by: [0, 0.3, 0] } },
      { wait: 0.5 },
    ])
    expect(ofType(sim, 'action-rejected')).toEqual([
      expect.objectContaining({
        action: 'grip',
        hand: 'left',
        reason: 'needs-two-hands',
        detail: 'crate needs both hands: grip it with the right hand too',
      }),
    ])
    expect(ofType(sim, 'grabbed')).toEqual([])
    expect(Math.abs(crate(sim).translation().y - before.y)).toBeLessThan(0.001)
    expect(ofType(sim, 'step-completed')).toEqual([])
    sim.dispose()
  })

  it('is lifted by both hands and carried: at their midpoint, turned with the line between them', () => {
    const sim = start()
    runBot(sim, [...takeHold, lift, { walkTo: [2, 0, 0] }], { settleSeconds: 0 })
    expect(ofType(sim, 'grabbed')).toEqual([
      expect.objectContaining({ object: 'crate', hand: 'right', hands: ['left', 'right'], distance: false }),
    ])
    expect(ofType(sim, 'step-completed').map((e) => e.id)).toEqual(['lift'])
    const { left, right } = sim.context.hands
    const carried = crate(sim).translation()
    expect(carried.x).toBeCloseTo(2, 1)
    expect(carried.y).toBeCloseTo(1.25, 1)
    expect(carried.y - crate(sim).linvel().y * sim.dt).toBeGreaterThan(1.1)
    // Turn the load a quarter of the way round: the right hand forward, the left hand back.
    const midpoint = { x: (left.position.x + right.position.x) / 2, y: left.position.y, z: left.position.z }
    for (let i = 1; i <= 45; i++) {
      const t = (0.2 * i) / 45
      sim.dispatch({
        type: 'hand',
        hand: 'left',
        position: { ...left.position, z: midpoint.z + t },
        rotation: left.rotation,
      })
      sim.dispatch({
        type: 'hand',
        hand: 'right',
        position: { ...right.position, z: midpoint.z - t },
        rotation: right.rotation,
      })
      sim.step()
    }
    seconds(sim, 0.2)
    const line = normalize(sub(right.position, left.position))
    const crateX = rotate(crate(sim).rotation(), { x: 1, y: 0, z: 0 })
    expect(dot(line, crateX)).toBeGreaterThan(0.999)
    const centre = crate(sim).translation()
    expect(Math.hypot(centre.x - midpoint.x, centre.z - midpoint.z)).toBeLessThan(0.01)
    runBot(sim, [{ release: 'left' }, { release: 'right' }])
    expect(ofType(sim, 'released')).toEqual([
      expect.objectContaining({ object: 'crate', hand: 'left', hands: ['left', 'right'] }),
    ])
    expect(sim.outcome).toBe('passed')
    sim.dispose()
  })

  it('drops when one hand lets go; the other stays on it, so gripping again lifts it again', () => {
    const sim = start()
    runBot(sim, [...takeHold, lift, { release: 'right' }, { wait: 1 }], { settleSeconds: 0 })
    expect(ofType(sim, 'released')).toEqual([
      expect.objectContaining({ object: 'crate', hand: 'right', hands: ['left', 'right'] }),
    ])
    expect(ofType(sim, 'released')[0]).not.toHaveProperty('slipped')
    // Back on the bench (its top is 0.8 m; the crate is 0.3 m tall).
    expect(crate(sim).translation().y).toBeCloseTo(0.95, 2)
    expect(sim.context.hands.left.hold).toMatchObject({
      kind: 'two-handed',
      object: 'crate',
      lift: undefined,
    })
    runBot(sim, [
      { move: { hands: ['left'], by: [0, -0.3, 0] } },
      { reach: { hand: 'right', to: 'crate', offset: [0.33, 0, 0] } },
      { grip: 'right' },
      lift,
    ])
    expect(ofType(sim, 'grabbed')).toHaveLength(2)
    expect(crate(sim).translation().y).toBeCloseTo(1.25, 1)
    sim.dispose()
  })

  it('slips out of the hands when they are pulled apart', () => {
    const sim = start()
    runBot(sim, [...takeHold, lift, { move: { hands: ['right'], by: [0.3, 0, 0] } }, { wait: 1 }], {
      settleSeconds: 0,
    })
    expect(ofType(sim, 'released')).toEqual([
      expect.objectContaining({ object: 'crate', hand: 'right', hands: ['left', 'right'], slipped: true }),
    ])
    expect(crate(sim).translation().y).toBeLessThan(1)
    sim.dispose()
  })

  it('cannot be pulled in from afar with a pointing ray', () => {
    const sim = start()
    runBot(sim, [
      { walkTo: [0, 0, 1.5] },
      { point: { hand: 'right', on: true } },
      { aim: { hand: 'right', at: 'crate' } },
      { grip: 'right' },
    ])
    expect(ofType(sim, 'action-rejected')).toEqual([
      expect.objectContaining({ hand: 'right', reason: 'needs-two-hands' }),
    ])
    expect(ofType(sim, 'grabbed')).toEqual([])
    sim.dispose()
  })
})

describe('a bot carries it with both hands', () => {
  // parseScenario is the project's YAML reader; a bot file is plain YAML too (as `practicum run` reads it).
  const botFile = path.join(import.meta.dirname, 'fixtures', 'two-handed-crate.bot.yaml')
  const script = readBotScript(parseScenario(readFileSync(botFile, 'utf8'), { file: botFile }).data)

  it('reads the script and passes the attempt', () => {
    expect(script.problems).toEqual([])
    const sim = start()
    runBot(sim, script.commands)
    expect(ofType(sim, 'step-completed').map((e) => e.id)).toEqual(['lift', 'place'])
    expect(ofType(sim, 'released')).toEqual([
      expect.objectContaining({ hand: 'left', hands: ['left', 'right'] }),
    ])
    expect(sim.outcome).toBe('passed')
    // Set down level, turned with the hands (the right one went forward): about 17° about +Y.
    const crateX = rotate(crate(sim).rotation(), { x: 1, y: 0, z: 0 })
    expect(Math.abs(crateX.y)).toBeLessThan(0.01)
    expect(crateX.z).toBeLessThan(-0.2)
    sim.dispose()
  })

  const carry = () => {
    const sim = start()
    runBot(sim, script.commands)
    const recording = sim.recording()
    sim.dispose()
    return recording
  }

  it('gives the same checksum twice, and its recording replays to it', () => {
    const first = carry()
    expect(carry().checksum).toBe(first.checksum)
    expect(replay({ rapier: RAPIER, scenario: crateScenario(), recording: first }).status).toBe('verified')
  })

  // A second process takes a few seconds to start (Vite's module runner), hence the timeout.
  it('verifies in a second process with the same checksum, as an assessor would', { timeout: 60_000 }, () => {
    const recording = carry()
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'practicum-two-handed-')), 'attempt.json')
    writeFileSync(file, JSON.stringify(recording))
    const root = path.resolve(import.meta.dirname, '../../..')
    const child = spawnSync(
      process.execPath,
      [
        path.join(root, 'scripts/run-ts.mjs'),
        path.join(import.meta.dirname, 'support/replay-child.ts'),
        'two-handed-crate.yaml',
        file,
      ],
      { cwd: root, encoding: 'utf8' },
    )
    expect(JSON.parse(child.stdout.trim().split('\n').pop()!)).toEqual({
      status: 'verified',
      checksum: recording.checksum,
    })
  })

  it('reports a malformed move', () => {
    expect(readBotScript([{ move: { hands: ['left', 'left'], by: [0, 1, 0] } }]).problems).toEqual([
      { path: [0, 'move', 'hands'], message: 'each hand once: [left, right]' },
    ])
    expect(readBotScript([{ move: { hands: ['both'], by: [0, '1 s', 0] } }]).problems).toEqual([
      { path: [0, 'move', 'hands', 0], message: 'expected "left" or "right"' },
      { path: [0, 'move', 'by', 1], message: '"1 s" is a time; expected a length' },
    ])
  })
})
