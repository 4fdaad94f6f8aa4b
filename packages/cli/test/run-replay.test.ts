import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main, type CommandIO } from '@practicum/cli'

const fixtures = path.resolve(import.meta.dirname, '../../sim/test/fixtures')
const scenario = path.join(fixtures, 'press-lockout.yaml')
const expertBot = path.join(fixtures, 'press-lockout.expert.bot.yaml')

function capture(): CommandIO & { lines: string[]; errors: string[] } {
  const lines: string[] = []
  const errors: string[] = []
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) }
}

describe('practicum run and replay', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'practicum-run-'))
  const recordingFile = path.join(dir, 'attempt.json')

  it('runs the expert bot headless, prints the steps and the outcome, and records', async () => {
    const io = capture()
    const code = await main(
      ['run', scenario, '--bot', expertBot, '--mode', 'assessment', '--record', recordingFile],
      io,
    )
    expect(io.errors).toEqual([])
    expect(code).toBe(0)
    const text = io.lines.join('\n')
    expect(text).toMatch(/✔ step shutDown[\s\S]*✔ step closeValve[\s\S]*✔ step lockOut[\s\S]*✔ step enter/)
    expect(text).toContain('✔ passed, score 100 %')
    expect(JSON.parse(readFileSync(recordingFile, 'utf8'))).toMatchObject({
      format: 'practicum-recording',
      scenario: { id: 'press-lockout-test' },
    })
  })

  it('replays the recording and verifies it; an altered one does not verify', async () => {
    const io = capture()
    expect(await main(['replay', recordingFile, '--scenario', scenario], io)).toBe(0)
    expect(io.lines.join('\n')).toContain('✔ verified')
    const recording = JSON.parse(readFileSync(recordingFile, 'utf8'))
    const altered = path.join(dir, 'altered.json')
    writeFileSync(altered, JSON.stringify({ ...recording, seed: recording.seed + 1 }))
    const alteredIO = capture()
    expect(await main(['replay', altered, '--scenario', scenario, '--json'], alteredIO)).toBe(1)
    expect(JSON.parse(alteredIO.lines[0]!)).toMatchObject({ status: 'mismatch' })
  })

  it('fails a bot that skips the valve, naming the critical error', async () => {
    const bot = path.join(dir, 'skip-valve.yaml')
    const expert = readFileSync(expertBot, 'utf8').split('\n')
    writeFileSync(bot, expert.filter((line) => !/wheel|turn: |release: right|-1\.6 m/.test(line)).join('\n'))
    const io = capture()
    expect(await main(['run', scenario, '--bot', bot, '--json'], io)).toBe(1)
    expect(JSON.parse(io.lines[0]!)).toMatchObject({
      outcome: 'failed',
      criticalErrors: ['skippedValve'],
    })
  })

  it('locates every problem of a broken bot file', async () => {
    const bot = path.join(dir, 'broken.yaml')
    writeFileSync(
      bot,
      '- walkTo: [1 m, 0]\n- grip: middle\n- turn: { hand: right, by: 2 m, axis: [0, 0, 1] }\n- dance: true\n',
    )
    const io = capture()
    expect(await main(['run', scenario, '--bot', bot], io)).toBe(1)
    const message = io.errors.join('\n')
    expect(message).toContain(`${bot}:1:11: expected a point [x, y, z]`)
    expect(message).toContain(`${bot}:2:9: expected "left" or "right"`)
    expect(message).toContain(`${bot}:3:28: "2 m" is a length; expected an angle`)
    expect(message).toContain(`${bot}:4:3: unknown command`)
  })

  it('says what is wrong with its options', async () => {
    const io = capture()
    expect(await main(['run', scenario], io)).toBe(1)
    expect(io.errors[0]).toContain('name a scenario file and --bot <file>')
    expect(await main(['run', scenario, '--bot', expertBot, '--param', 'valveClosedAngle=100deg'], io)).toBe(
      1,
    )
    expect(io.errors.join('\n')).toContain(
      'parameter "valveClosedAngle" = 100 deg is above its maximum 90 deg (Test fixture)',
    )
    expect(await main(['replay', path.join(dir, 'nope.json')], io)).toBe(1)
    expect(io.errors.join('\n')).toContain('not a readable recording')
  })
})
