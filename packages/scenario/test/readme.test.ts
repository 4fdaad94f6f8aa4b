import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatProblem } from '@practicum/scenario'
import { validateText } from './support/fixtures.ts'

describe('README', () => {
  it('shows a smallest scenario that is valid', () => {
    const readme = readFileSync(path.join(import.meta.dirname, '..', 'README.md'), 'utf8')
    const section = readme.split('## The smallest scenario')[1] ?? ''
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1]
    expect(yaml).toBeDefined()
    const result = validateText(yaml ?? '', 'README.md')
    expect(result.problems.map((problem) => formatProblem(problem))).toEqual([])
  })
})
