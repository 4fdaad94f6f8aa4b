// `npm start` from the README: it must reach its ready line and say what it checked.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const readyTimeout = 120_000

/** Runs `npm start` until `ready` matches a line of its output; then stops it. */
function startUntil(ready: RegExp): Promise<{ output: string; readyLine: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['start'], {
      cwd: root,
      detached: true,
      env: { ...process.env, NO_COLOR: '1' },
    })
    let output = ''
    const stop = () => {
      clearTimeout(timer)
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`no ready line within ${readyTimeout / 1000} s; output:\n${output}`))
    }, readyTimeout)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const line = output.split('\n').find((candidate) => ready.test(candidate))
      if (line) {
        stop()
        resolve({ output, readyLine: line })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      if (!ready.test(output)) {
        clearTimeout(timer)
        reject(new Error(`npm start exited with ${code} before its ready line; output:\n${output}`))
      }
    })
  })
}

it(
  'npm start makes the machine ready and reports it',
  async () => {
    const { output, readyLine } = await startUntil(/^practicum doctor: (ready|not ready)/)
    expect(readyLine).toMatch(/^practicum doctor: ready \(7 checks/)
    for (const label of [
      'Node.js',
      'pnpm',
      'Native build tools',
      'Chromium',
      'PostgreSQL server tools',
      'Free disk',
      'Ports',
    ]) {
      expect(output).toMatch(new RegExp(`✔ ${label}|! ${label}`))
    }
    expect(output).toContain('installing the workspace')
  },
  readyTimeout + 10_000,
)
