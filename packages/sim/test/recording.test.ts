import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createSim,
  decodeActions,
  encodeActions,
  recordedActions,
  replay,
  runBot,
  type Recording,
  type TimedAction,
} from '@practicum/sim'
import { expert } from './support/press-lockout-bots.ts'
import { loadFixture, RAPIER } from './support/load-fixture.ts'

const root = path.resolve(import.meta.dirname, '../../..')
let recording: Recording

beforeAll(async () => {
  await RAPIER.init()
  const sim = createSim({
    rapier: RAPIER,
    scenario: loadFixture('press-lockout.yaml'),
    mode: 'assessment',
    seed: 7,
    contentHash: 'c0ffee',
  })
  runBot(sim, expert)
  recording = sim.recording()
  sim.dispose()
})

describe('recording and replay', () => {
  it('records what verification needs', () => {
    expect(recording).toMatchObject({
      format: 'practicum-recording',
      sim: { version: '0.1.0' },
      physics: { package: '@dimforge/rapier3d-deterministic-compat', version: RAPIER.version() },
      scenario: { id: 'press-lockout-test', contentHash: 'c0ffee' },
      parameters: { valveClosedAngle: expect.closeTo(Math.PI * (80 / 180), 9) },
      seed: 7,
      mode: 'assessment',
      result: { outcome: 'passed', score: 1, criticalErrors: [] },
    })
    expect(recording.checksum).toMatch(/^[0-9a-f]{64}$/)
    expect(recordedActions(recording).length).toBeGreaterThan(1000)
  })

  it('replays to the identical event stream and checksum', () => {
    const result = replay({ rapier: RAPIER, scenario: loadFixture('press-lockout.yaml'), recording })
    expect(result.status).toBe('verified')
  })

  it('catches an altered action', () => {
    const actions = recordedActions(recording)
    const grip = actions.findIndex((entry) => entry.action.type === 'grip')
    const altered = actions.filter((_, index) => index !== grip)
    const tampered = { ...recording, actions: Buffer.from(encodeActions(altered)).toString('base64') }
    const result = replay({
      rapier: RAPIER,
      scenario: loadFixture('press-lockout.yaml'),
      recording: tampered,
    })
    expect(result.status).toBe('mismatch')
  })

  it('says "cannot verify", never "tampered", for another core or physics build', () => {
    const older = { ...recording, sim: { version: '0.0.9' } }
    expect(replay({ rapier: RAPIER, scenario: loadFixture('press-lockout.yaml'), recording: older })).toEqual(
      {
        status: 'cannot-verify',
        reason: 'cannot verify: recorded with @practicum/sim 0.0.9, this is 0.1.0',
      },
    )
    const otherPhysics = { ...recording, physics: { ...recording.physics, version: '0.18.0' } }
    expect(
      replay({ rapier: RAPIER, scenario: loadFixture('press-lockout.yaml'), recording: otherPhysics }),
    ).toMatchObject({
      status: 'cannot-verify',
      reason: expect.stringContaining('recorded with @dimforge/rapier3d-deterministic-compat 0.18.0'),
    })
  })

  it('verifies in a second process with the same checksum', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'practicum-recording-'))
    const file = path.join(dir, 'attempt.json')
    writeFileSync(file, JSON.stringify(recording))
    const child = spawnSync(
      process.execPath,
      [
        path.join(root, 'scripts/run-ts.mjs'),
        path.join(import.meta.dirname, 'support/replay-child.ts'),
        'press-lockout.yaml',
        file,
      ],
      { cwd: root, encoding: 'utf8' },
    )
    // Rapier's own init warns about wasm-bindgen's deprecated signature; nothing else may be said.
    expect(
      child.stderr
        .split('\n')
        .filter((line) => line && !line.includes('deprecated parameters for the initialization')),
    ).toEqual([])
    expect(JSON.parse(child.stdout.trim().split('\n').pop()!)).toEqual({
      status: 'verified',
      checksum: recording.checksum,
    })
    expect(child.status).toBe(0)
  })
})

describe('the action encoding', () => {
  it('round-trips every kind of action exactly', () => {
    const actions: TimedAction[] = [
      {
        step: 0,
        action: {
          type: 'head',
          position: { x: 0.013, y: 1.7, z: -2.5 },
          rotation: { x: 0, y: 0.707, z: 0, w: 0.707 },
        },
      },
      {
        step: 0,
        action: {
          type: 'hand',
          hand: 'left',
          position: { x: -0.25, y: 1.2, z: 0.3 },
          rotation: { x: 0.1, y: 0, z: 0, w: 0.995 },
        },
      },
      {
        step: 3,
        action: {
          type: 'hand',
          hand: 'right',
          position: { x: 0.25, y: 1.2, z: 0.3 },
          rotation: { x: 0, y: 0, z: -0.383, w: 0.924 },
        },
      },
      { step: 3, action: { type: 'grip', hand: 'right', pressed: true } },
      { step: 9, action: { type: 'trigger', hand: 'left', pressed: false } },
      { step: 9, action: { type: 'point', hand: 'left', on: true } },
      { step: 120, action: { type: 'teleport', position: { x: 4.2, y: 0, z: -1.001 } } },
      { step: 70000, action: { type: 'choose', choice: 'réponse-b' } },
    ]
    expect(decodeActions(encodeActions(actions))).toEqual(actions)
  })

  it('keeps a 10-minute attempt under 1 MB gzip', () => {
    // 90 Hz for 600 s: a head and two hands moving like a person's (walking sway, reaching, jitter).
    const actions: TimedAction[] = []
    let seed = 12345
    const jitter = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32 - 0.5) * 0.004
    for (let step = 0; step < 54_000; step++) {
      const t = step / 90
      const head = {
        x: Math.sin(t / 7) * 3 + jitter(),
        y: 1.7 + Math.sin(t * 11) * 0.02,
        z: Math.cos(t / 9) * 3 + jitter(),
      }
      const turn = { x: 0, y: Math.sin(t / 5) * 0.7, z: 0, w: Math.cos(t / 5) * 0.7 }
      actions.push({ step, action: { type: 'head', position: head, rotation: turn } })
      for (const hand of ['left', 'right'] as const) {
        const side = hand === 'left' ? -1 : 1
        const position = {
          x: head.x + side * 0.25 + Math.sin(t * 1.3 + side) * 0.2 + jitter(),
          y: 1.2 + Math.sin(t * 0.9) * 0.3,
          z: head.z - 0.3 + jitter(),
        }
        actions.push({
          step,
          action: { type: 'hand', hand, position, rotation: { x: Math.sin(t) * 0.3, y: 0, z: 0, w: 0.95 } },
        })
      }
      if (step % 450 === 0)
        actions.push({ step, action: { type: 'grip', hand: 'right', pressed: step % 900 === 0 } })
    }
    const quantised = actions.map(({ step, action }) => ({
      step,
      action: JSON.parse(JSON.stringify(action)),
    }))
    const bytes = encodeActions(quantised)
    const gzipped = gzipSync(Buffer.from(Buffer.from(bytes).toString('base64'))).length
    console.log(
      `10-minute attempt: ${actions.length} actions, ${(bytes.length / 1e6).toFixed(2)} MB encoded, ${(gzipped / 1e6).toFixed(2)} MB gzip`,
    )
    expect(gzipped).toBeLessThanOrEqual(1_000_000)
  })
})
