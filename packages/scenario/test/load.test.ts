import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyParameterOverrides, loadScenario, type ScenarioReader } from '@practicum/scenario'
import { fixturesDir, fixtureText } from './support/fixtures.ts'
import { fsReader } from './support/read-file.ts'

const everyNode = path.join(fixturesDir, 'valid', 'every-node.yaml')

describe('loadScenario (with an injected reader)', () => {
  it('loads, validates, checks assets and hashes scenario plus assets', async () => {
    const read: string[] = []
    const reader: ScenarioReader = { readFile: (file) => (read.push(file), fsReader.readFile(file)) }
    const result = await loadScenario(everyNode, reader)
    expect(result.problems).toEqual([])
    if (!result.ok) return
    expect(result.assets).toEqual(['assets/press.glb', 'assets/alarm.wav'])
    expect(read).toEqual([
      everyNode,
      path.join(fixturesDir, 'valid', 'assets/press.glb'),
      path.join(fixturesDir, 'valid', 'assets/alarm.wav'),
    ])
    expect(result.hash).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('gives a different hash when an asset changes', async () => {
    const first = await loadScenario(everyNode, fsReader)
    const changed: ScenarioReader = {
      readFile: async (file) =>
        file.endsWith('alarm.wav') ? new Uint8Array([1, 2, 3]) : fsReader.readFile(file),
    }
    const second = await loadScenario(everyNode, changed)
    expect(first.ok && second.ok).toBe(true)
    if (first.ok && second.ok) expect(second.hash).not.toBe(first.hash)
  })

  it('reports every missing asset where it is named', async () => {
    const reader: ScenarioReader = {
      readFile: async (file) => (file.includes('/assets/') ? undefined : fsReader.readFile(file)),
    }
    const result = await loadScenario(everyNode, reader)
    expect(result.problems.map(({ code, line, column, path }) => ({ code, line, column, path }))).toEqual([
      { code: 'missing-asset', line: 30, column: 34, path: 'objects[1].shape.asset' },
      { code: 'missing-asset', line: 110, column: 25, path: 'sounds[0].asset' },
    ])
  })

  it('says so for a missing file or one that is not UTF-8', async () => {
    expect((await loadScenario('nope.yaml', { readFile: async () => undefined })).problems[0]?.message).toBe(
      'file not found',
    )
    const latin1 = await loadScenario('latin1.yaml', {
      readFile: async () => new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xe9]),
    })
    expect(latin1.problems[0]?.message).toBe('the file is not UTF-8 text')
  })

  it('reads a UTF-8 file with a byte-order mark and non-ASCII text', async () => {
    const text = fixtureText('valid', 'confined-space.yaml')
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')])
    const result = await loadScenario('tank.yaml', { readFile: async () => bytes })
    expect(result.problems).toEqual([])
  })
})

describe('applyParameterOverrides (a provider changes the numbers at launch)', () => {
  async function tank() {
    const result = await loadScenario(path.join(fixturesDir, 'valid', 'confined-space.yaml'), fsReader)
    if (!result.ok) throw new Error('invalid fixture')
    return result.scenario
  }

  it('replaces a default within its range, converting units', async () => {
    const scenario = await tank()
    const result = applyParameterOverrides(scenario, { h2sAlarm: '5 ppm' })
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(
        result.scenario.parameters.find((parameter) => parameter.id === 'h2sAlarm')?.default,
      ).toBeCloseTo(5e-6, 12)
      expect(scenario.parameters.find((parameter) => parameter.id === 'h2sAlarm')?.default).toBeCloseTo(
        1e-5,
        12,
      )
    }
  })

  it('refuses unknown parameters, wrong dimensions and values out of range, all at once', async () => {
    const result = applyParameterOverrides(await tank(), { nope: 1, h2sAlarm: '5 m', o2Min: '2 furlongs' })
    expect(result).toEqual({
      ok: false,
      errors: [
        'unknown parameter "nope"; the scenario declares o2Min, h2sAlarm',
        'parameter "h2sAlarm" is in ppm; "5 m" is a length',
        'parameter "o2Min": unknown unit "furlongs" in "2 furlongs"',
      ],
    })
    const range = applyParameterOverrides(await tank(), { h2sAlarm: '50 ppm' })
    expect(range).toEqual({
      ok: false,
      errors: ['parameter "h2sAlarm": 50 ppm is outside its allowed range'],
    })
  })
})
