import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadScenario } from '@practicum/scenario'
import { fixtureNames, fixturesDir, fixtureText } from './support/fixtures.ts'
import { fsReader } from './support/read-file.ts'

/** Each broken fixture says, on its second line, the one problem it must give: `# expect: line:col: code: message`. */
function expectation(name: string) {
  const match = /^# expect(?: \(schema-level\))?: (\d+):(\d+): ([a-z-]+): (.*)$/m.exec(
    fixtureText('broken', name),
  )
  if (!match) throw new Error(`${name} has no "# expect:" line`)
  return { line: Number(match[1]), column: Number(match[2]), code: match[3], message: match[4] }
}

describe('the broken-file corpus', () => {
  const names = fixtureNames('broken')

  it('has one file per kind of error', () => {
    const codes = new Set(names.map((name) => expectation(name).code))
    for (const code of [
      'syntax',
      'type',
      'required',
      'unknown-property',
      'unknown-kind',
      'invalid-value',
      'unit',
      'dimension',
      'unknown-reference',
      'duplicate-id',
      'cycle',
      'unreachable-step',
      'never-completable',
      'no-consequence',
      'no-evidence',
      'out-of-range',
      'missing-text',
      'text-arguments',
      'missing-asset',
      'schema-version',
      'expression-type',
    ]) {
      expect(codes, code).toContain(code)
    }
  })

  it.each(names)('%s gives its expected located message, and only it', async (name) => {
    const file = path.join(fixturesDir, 'broken', name)
    const result = await loadScenario(file, fsReader)
    expect(result.ok).toBe(false)
    const { line, column, code, message } = expectation(name)
    expect(
      result.problems.map(({ line, column, code, message }) => ({ line, column, code, message })),
    ).toEqual([{ line, column, code, message }])
    const [problem] = result.problems
    expect(problem?.file).toBe(file)
    expect(problem?.hint.length).toBeGreaterThan(5)
    expect(problem?.path).not.toBe('')
  })
})
