// Reads Vitest's JSON report into the runner's counts: what passed, what failed, and why.
import { readFileSync } from 'node:fs'
import path from 'node:path'

const skippedStatuses = new Set(['skipped', 'pending', 'todo', 'disabled'])

/**
 * Allowed skips: one per line, `<file relative to the root> > <full test name> | <reason>`.
 * Blank lines and lines starting with # are ignored; an entry without a reason is not an entry.
 */
export function parseAllowedSkips(text) {
  const allowed = new Set()
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    if (!trimmed || trimmed.startsWith('#')) continue
    const [key, reason] = trimmed.split(' | ')
    if (key && reason?.trim()) allowed.add(key.trim())
  }
  return allowed
}

/**
 * @param report Vitest's JSON report (or undefined when none was written)
 * @param options.root the repository root, to make paths relative
 * @param options.trackedTests git-tracked *.test.ts(x) files, relative to the root
 * @param options.allowedSkips keys from parseAllowedSkips
 * @param options.exitCode Vitest's exit code
 */
export function summariseVitest(report, { root, trackedTests, allowedSkips, exitCode }) {
  const failures = []
  let passed = 0
  if (!report) {
    return {
      passed,
      failures: ['Vitest wrote no report: it crashed before or while running (see its output above)'],
    }
  }
  const collected = new Set()
  for (const file of report.testResults) {
    const relative = path.relative(root, file.name).replaceAll(path.sep, '/')
    collected.add(relative)
    if (file.assertionResults.length === 0 && file.status === 'failed') {
      failures.push(`${relative}: failed to load: ${(file.message ?? '').split('\n')[0]}`)
      continue
    }
    let failedInFile = 0
    for (const test of file.assertionResults) {
      if (test.status === 'passed') passed++
      else if (test.status === 'failed') {
        failedInFile++
        failures.push(`${relative} > ${test.fullName}`)
      } else if (skippedStatuses.has(test.status) && !allowedSkips.has(`${relative} > ${test.fullName}`)) {
        failures.push(
          `${relative} > ${test.fullName}: ${test.status} without an entry in test/allowed-skips.txt`,
        )
      }
    }
    if (file.status === 'failed' && failedInFile === 0) {
      failures.push(`${relative}: ${(file.message || 'failed outside its tests').split('\n')[0]}`)
    }
  }
  for (const tracked of trackedTests) {
    if (!collected.has(tracked))
      failures.push(`${tracked}: tracked by git but not collected by any Vitest project`)
  }
  if (report.testResults.length === 0) failures.push('Vitest found no test files')
  if (exitCode !== 0 && failures.length === 0) {
    failures.push(
      `Vitest exited with ${exitCode} with every test passing: an error outside the tests (see its output above)`,
    )
  }
  return { passed, failures }
}

export function readReport(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}
