import { describe, expect, it } from 'vitest'
import { formatProblem, type Problem } from '@practicum/scenario'

const problem: Problem = {
  code: 'unknown-reference',
  file: 'task.yaml',
  line: 2,
  column: 9,
  message: 'unknown step "verfy"',
  hint: 'did you mean "verify"?',
  path: 'procedure.flow.sequence[1]',
}

describe('formatProblem', () => {
  it('prints file:line:col, the message, the path and the hint', () => {
    expect(formatProblem(problem)).toBe(
      'task.yaml:2:9: unknown step "verfy" (procedure.flow.sequence[1])\n  hint: did you mean "verify"?',
    )
  })

  it('shows the line with a caret under the column when given the text', () => {
    expect(formatProblem(problem, { source: 'flow:\n  - a, verfy\n' })).toBe(
      [
        'task.yaml:2:9: unknown step "verfy" (procedure.flow.sequence[1])',
        '    2 |   - a, verfy',
        '      |         ^',
        '  hint: did you mean "verify"?',
      ].join('\n'),
    )
  })

  it('prints the file alone for a scenario without text (built in TypeScript)', () => {
    expect(formatProblem({ ...problem, file: '<builder>', line: 0, column: 0 }, { source: '' })).toBe(
      '<builder>: unknown step "verfy" (procedure.flow.sequence[1])\n  hint: did you mean "verify"?',
    )
  })
})
