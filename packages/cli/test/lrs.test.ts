import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { main, type CommandIO } from '@practicum/cli'

function capture(): CommandIO & { lines: string[]; errors: string[] } {
  const lines: string[] = []
  const errors: string[] = []
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) }
}

const runCli = path.join(import.meta.dirname, 'fixtures/run-cli.mjs')

describe('practicum lrs', () => {
  it('prints the credential on first start, ends startup with the listening line, serves, and stops on SIGINT', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'practicum-cli-lrs-'))
    const child = spawn(process.execPath, [runCli, 'lrs', '--port', '0', '--data', data], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const lines: string[] = []
    const reader = createInterface({ input: child.stdout })
    let resolveListening: (line: string) => void = () => {}
    const listening = new Promise<string>((resolve) => (resolveListening = resolve))
    reader.on('line', (line) => {
      lines.push(line)
      if (line.startsWith('practicum lrs: listening on ')) resolveListening(line)
    })
    const ready = await listening
    expect(ready).toMatch(/^practicum lrs: listening on http:\/\/127\.0\.0\.1:\d+\/xapi$/)
    expect(lines.filter((line) => line.startsWith('practicum lrs: listening on'))).toHaveLength(1)
    const key =
      lines
        .find((line) => line.trim().startsWith('key:'))
        ?.split(':')[1]
        ?.trim() ?? ''
    const secret =
      lines
        .find((line) => line.trim().startsWith('secret:'))
        ?.split(':')[1]
        ?.trim() ?? ''
    expect(key).toMatch(/^[0-9a-f]{24}$/)
    const url = ready.replace('practicum lrs: listening on ', '')
    const response = await fetch(`${url}/statements`, {
      headers: {
        Authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`,
        'X-Experience-API-Version': '2.0.0',
      },
    })
    expect(response.status).toBe(200)
    child.kill('SIGINT')
    const [code] = (await once(child, 'close')) as [number]
    expect(code).toBe(0)
    expect(lines.at(-1)).toBe('practicum lrs: stopped')

    // Keys: add with scopes, list, revoke — against the same data folder.
    const io = capture()
    expect(
      await main(
        ['lrs', 'keys', 'add', '--scope', 'statements/write', '--label', 'headset', '--data', data],
        io,
      ),
    ).toBe(0)
    const added = io.lines.find((line) => line.startsWith('key:'))?.split(/\s+/)[1] ?? ''
    const list = capture()
    expect(await main(['lrs', 'keys', 'list', '--data', data], list)).toBe(0)
    expect(list.lines).toHaveLength(2)
    expect(list.lines.join('\n')).toContain(`${added}  active  statements/write  headset`)
    expect(await main(['lrs', 'keys', 'revoke', added, '--data', data], capture())).toBe(0)
    const after = capture()
    await main(['lrs', 'keys', 'list', '--data', data], after)
    expect(after.lines.join('\n')).toMatch(new RegExp(`${added}  revoked `))
    const bad = capture()
    expect(await main(['lrs', 'keys', 'add', '--scope', 'everything', '--data', data], bad)).toBe(1)
    expect(bad.errors[0]).toMatch(/unknown scope/)

    // Backup: a consistent SQLite copy.
    const backup = capture()
    const destination = path.join(data, 'copy.sqlite')
    expect(await main(['lrs', 'backup', '--data', data, '--out', destination], backup)).toBe(0)
    expect(backup.lines[0]).toContain(destination)
  })

  it('says so when the second start finds credentials (no new secret printed)', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'practicum-cli-lrs-'))
    await main(['lrs', 'keys', 'add', '--data', data], capture())
    const child = spawn(process.execPath, [runCli, 'lrs', '--port', '0', '--data', data], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const lines: string[] = []
    for await (const line of createInterface({ input: child.stdout })) {
      lines.push(line)
      if (line.startsWith('practicum lrs: listening on')) break
    }
    child.kill('SIGINT')
    await once(child, 'exit')
    expect(lines.some((line) => line.includes('secret:'))).toBe(false)
    expect(lines.join('\n')).toContain('1 active credential(s)')
  })
})
