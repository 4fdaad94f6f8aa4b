import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main, type CommandIO } from '@practicum/cli'

const fixtures = path.join(import.meta.dirname, 'fixtures', 'validate')
const rel = (file: string) => path.relative(process.cwd(), path.join(fixtures, file))

async function run(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: CommandIO = { out: (line) => out.push(line), err: (line) => err.push(line) }
  const code = await main(['validate', ...args], io)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('practicum validate', () => {
  it('prints all three problems of a file as file:line:col and exits 1', async () => {
    const file = rel('three-errors.yaml')
    const { code, err } = await run(file)
    expect(code).toBe(1)
    const located = err.split('\n').filter((line) => line.startsWith(`${file}:`))
    expect(located).toEqual([
      `${file}:13:11: expected a length, found "0.25 kPa" (a pressure) (learner.radius)`,
      `${file}:26:28: unknown property "maas" in Body (objects[1].body.maas)`,
      `${file}:49:60: unknown step "isolte" (procedure.steps[1].requires.stepDone)`,
    ])
    expect(err).toContain('hint: did you mean "isolate"?')
    // The offending line is shown under each problem, a caret under the column.
    expect(err).toContain(['   13 |   radius: 0.25 kPa', '      |           ^'].join('\n'))
    expect(err).toContain('3 problems in 1 of 1 file')
    expect(err).not.toMatch(/\bat .*\.(ts|js):\d+/) // no stack trace
  })

  it('exits 0 on a valid file and prints its content hash', async () => {
    const { code, out, err } = await run(rel('valid.yaml'))
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(out).toMatch(/✔ .*valid\.yaml \(sha256:[0-9a-f]{64}\)/)
    expect(out).toContain('1 scenario file valid')
  })

  it('reports in JSON with --json', async () => {
    const { code, out } = await run('--json', rel('three-errors.yaml'), rel('valid.yaml'))
    expect(code).toBe(1)
    const report = JSON.parse(out) as {
      ok: boolean
      problems: number
      files: {
        file: string
        ok: boolean
        hash?: string
        problems: { line: number; column: number; code: string }[]
      }[]
    }
    expect(report.ok).toBe(false)
    expect(report.problems).toBe(3)
    expect(report.files.map((file) => [path.basename(file.file), file.ok])).toEqual([
      ['three-errors.yaml', false],
      ['valid.yaml', true],
    ])
    expect(report.files[0]?.problems.map((problem) => [problem.line, problem.column, problem.code])).toEqual([
      [13, 11, 'dimension'],
      [26, 28, 'unknown-property'],
      [49, 60, 'unknown-reference'],
    ])
    expect(report.files[1]?.hash).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('searches directories recursively for scenario files, skipping other YAML', async () => {
    const { code, out, err } = await run(rel('dir'))
    expect(code).toBe(1)
    expect(out).toContain(`✔ ${rel('dir/a.yaml')}`)
    expect(err).toContain(`${rel('dir/nested/b.yaml')}:49:60: unknown step "isolte"`)
    expect(`${out}\n${err}`).not.toContain('other.yaml')
    expect(err).toContain('3 problems in 1 of 2 files')
  })

  it('says so when a path does not exist or no file is named', async () => {
    const missing = await run(rel('nope.yaml'))
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('nope.yaml: no such file or directory')
    const none = await run()
    expect(none.code).toBe(1)
    expect(none.err).toContain('name at least one file or directory')
  })
})
