import { createServer, type Server } from 'node:net'
import { mkdtempSync, mkdirSync, writeFileSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  checkChromium,
  checkNode,
  checkPorts,
  checkPostgres,
  main,
  postgresBinDir,
  readyLine,
  runDoctor,
  type CheckResult,
  type CommandIO,
} from '@practicum/cli'

function capture(): CommandIO & { lines: string[]; errors: string[] } {
  const lines: string[] = []
  const errors: string[] = []
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) }
}

const servers: Server[] = []
afterEach(() => {
  for (const server of servers.splice(0)) server.close()
})

describe('doctor checks', () => {
  it('accepts Node 20.19+ and names the fix for an older one', () => {
    expect(checkNode('20.20.2').status).toBe('ok')
    expect(checkNode('22.1.0').status).toBe('ok')
    const old = checkNode('20.11.1')
    expect(old).toMatchObject({ status: 'missing', detail: 'v20.11.1' })
    expect(old.fix).toContain('Node.js 20.19')
  })

  it('gives the apt-get command when Chromium is missing', () => {
    const result = checkChromium('/nonexistent/chromium')
    expect(result.status).toBe('missing')
    expect(result.fix).toBe('apt-get update && apt-get install -y chromium')
  })

  it('finds the newest Debian PostgreSQL and says how to install one', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'pg-'))
    for (const version of ['13', '15']) {
      mkdirSync(path.join(root, version, 'bin'), { recursive: true })
      writeFileSync(path.join(root, version, 'bin', 'initdb'), '')
    }
    mkdirSync(path.join(root, '16'))
    expect(postgresBinDir(root)).toBe(path.join(root, '15', 'bin'))
    expect(postgresBinDir(path.join(root, 'none'))).toBeUndefined()
    const missing = checkPostgres(path.join(root, 'none'))
    expect(missing.status).toBe('missing')
    expect(missing.fix).toBe('apt-get update && apt-get install -y postgresql')
  })

  it('reads the PostgreSQL version from its server binary', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'pgbin-'))
    const bin = path.join(root, '15', 'bin')
    mkdirSync(bin, { recursive: true })
    writeFileSync(path.join(bin, 'initdb'), '')
    writeFileSync(path.join(bin, 'postgres'), '#!/bin/sh\necho "postgres (PostgreSQL) 15.18"\n')
    chmodSync(path.join(bin, 'postgres'), 0o755)
    expect(checkPostgres(root)).toMatchObject({
      status: 'ok',
      detail: `postgres (PostgreSQL) 15.18 in ${bin}`,
    })
  })

  it('warns about a busy port without blocking readiness', async () => {
    const server = createServer()
    servers.push(server)
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    )
    const result = await checkPorts({ lrs: port })
    expect(result).toMatchObject({ status: 'warn', detail: `in use on 127.0.0.1: lrs ${port}` })
    const report = await runDoctor([() => result])
    expect(report.ready).toBe(true)
    expect(readyLine(report)).toBe('practicum doctor: ready (1 checks, 1 warning)')
  })
})

describe('the ready line', () => {
  const ok: CheckResult = { id: 'node', label: 'Node.js', status: 'ok', detail: 'v20.20.2' }
  const missing: CheckResult = {
    id: 'chromium',
    label: 'Chromium',
    status: 'missing',
    detail: 'not found',
    fix: 'apt-get install -y chromium',
  }

  it('is ready only when nothing is missing, and names what is', async () => {
    const seen: string[] = []
    const report = await runDoctor([() => ok, async () => missing], (result) => seen.push(result.id))
    expect(seen).toEqual(['node', 'chromium'])
    expect(report.ready).toBe(false)
    expect(readyLine(report)).toBe(
      'practicum doctor: not ready, 1 missing (chromium); run the commands above',
    )
  })
})

describe('practicum (the command line)', () => {
  it('lists its commands and rejects an unknown one', async () => {
    const io = capture()
    expect(await main(['--help'], io)).toBe(0)
    expect(io.lines.join('\n')).toMatch(/doctor\s+check this machine/)
    expect(await main(['frobnicate'], io)).toBe(1)
    expect(io.errors.join('\n')).toContain('unknown command "frobnicate"')
  })

  it('explains a bad option with the usage instead of a stack trace', async () => {
    const io = capture()
    expect(await main(['doctor', '--bogus'], io)).toBe(1)
    expect(io.errors.join('\n')).toContain("practicum doctor: Unknown option '--bogus'")
    expect(io.errors.join('\n')).toContain('practicum doctor [--json]')
  })

  it('doctor --json prints a machine-readable report', async () => {
    const io = capture()
    const code = await main(['doctor', '--json'], io)
    const report = JSON.parse(io.lines.join('\n')) as {
      results: CheckResult[]
      ready: boolean
      readyLine: string
    }
    expect(report.results.map((result) => result.id)).toEqual([
      'node',
      'pnpm',
      'build-tools',
      'chromium',
      'postgres',
      'disk',
      'ports',
    ])
    expect(code).toBe(report.ready ? 0 : 1)
    expect(report.readyLine).toMatch(/^practicum doctor: (ready|not ready)/)
  })
})
