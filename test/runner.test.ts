// Tests of `npm test` itself (scripts/check.mjs), each on a small throwaway workspace.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const workspaces: string[] = []

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'practicum-runner-'))
  workspaces.push(dir)
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  cpSync(path.join(root, 'tools'), path.join(dir, 'tools'), { recursive: true })
  cpSync(path.join(root, 'eslint.config.js'), path.join(dir, 'eslint.config.js'))
  const all = {
    'package.json': '{ "type": "module", "private": true }\n',
    'vitest.config.mjs': `export default { test: { include: ['test/**/*.test.ts'] } }\n`,
    'test/good.test.ts': `import { expect, it } from 'vitest'\nit('adds', () => expect(1 + 1).toBe(2))\n`,
    ...files,
  }
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  spawnSync('git', ['init', '-q'], { cwd: dir })
  spawnSync('git', ['add', '.'], { cwd: dir })
  return dir
}

function check(dir: string, stages: string) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/check.mjs'), '--stages', stages], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', CI: '1' },
  })
  const lines = result.stdout.trimEnd().split('\n')
  return { status: result.status, output: result.stdout + result.stderr, last: lines[lines.length - 1] }
}

afterEach(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('npm test (scripts/check.mjs)', () => {
  it('passes a clean workspace and ends with the count line', () => {
    const run = check(workspace({ 'packages/sim/src/index.ts': 'export const answer = 42\n' }), 'lint,test')
    expect(run.last).toBe('2 passed, 0 failed')
    expect(run.status).toBe(0)
    expect(run.output).toMatch(/✔ lint\s+\d+\.\d s/)
    expect(run.output).toMatch(/✔ test\s+\d+\.\d s/)
  })

  it('fails on a deliberate lint error', () => {
    const run = check(
      workspace({
        'packages/sim/src/index.ts': "import { Vector3 } from 'three'\nexport const v = Vector3\n",
      }),
      'lint',
    )
    expect(run.last).toBe('0 passed, 1 failed')
    expect(run.status).not.toBe(0)
    expect(run.output).toContain('may not import "three"')
  })

  it('fails on a test file with a syntax error', () => {
    const run = check(
      workspace({ 'test/broken.test.ts': "import { it } from 'vitest'\nit('never', () => {\n" }),
      'test',
    )
    expect(run.last).toBe('1 passed, 1 failed')
    expect(run.status).not.toBe(0)
    expect(run.output).toMatch(/test\/broken\.test\.ts: failed to load/)
  })

  it('fails on a tracked test file that no Vitest project collects', () => {
    const run = check(
      workspace({ 'lost/forgotten.test.ts': "import { it } from 'vitest'\nit('runs', () => {})\n" }),
      'test',
    )
    expect(run.last).toBe('1 passed, 1 failed')
    expect(run.status).not.toBe(0)
    expect(run.output).toContain('lost/forgotten.test.ts: tracked by git but not collected')
  })

  it('fails on a skipped test unless test/allowed-skips.txt gives a reason', () => {
    const skipped = {
      'test/skipped.test.ts': "import { it } from 'vitest'\nit.skip('later', () => {})\nit.todo('someday')\n",
    }
    const unlisted = check(workspace(skipped), 'test')
    expect(unlisted.last).toBe('1 passed, 2 failed')
    expect(unlisted.output).toContain('test/skipped.test.ts > later: skipped without an entry')

    const listed = check(
      workspace({
        ...skipped,
        'test/allowed-skips.txt':
          'test/skipped.test.ts > later | waits for the headset driver\ntest/skipped.test.ts > someday\n',
      }),
      'test',
    )
    expect(listed.last).toBe('1 passed, 1 failed')
    expect(listed.output).toContain('test/skipped.test.ts > someday: todo without an entry')
  })

  it('fails on an error outside any test', () => {
    const run = check(
      workspace({
        'test/leaky.test.ts':
          "import { it } from 'vitest'\nit('starts work it never awaits', () => { setTimeout(() => { throw new Error('late') }, 0) })\nit('waits', () => new Promise((r) => setTimeout(r, 50)))\n",
      }),
      'test',
    )
    expect(run.status).not.toBe(0)
    expect(run.last).toMatch(/^\d+ passed, [1-9]\d* failed$/)
  })
})
