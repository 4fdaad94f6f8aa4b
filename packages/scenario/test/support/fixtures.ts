import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseScenario, validateScenario, type ValidationResult } from '@practicum/scenario'

/** The folder of the test fixtures. */
export const fixturesDir = path.join(import.meta.dirname, '..', 'fixtures')

/** Names of the YAML files in a fixtures subfolder. */
export function fixtureNames(folder: 'valid' | 'broken' | 'migrations'): string[] {
  return readdirSync(path.join(fixturesDir, folder))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
}

/** The text of a fixture. */
export function fixtureText(folder: string, name: string): string {
  return readFileSync(path.join(fixturesDir, folder, name), 'utf8')
}

/** Parses and validates YAML text as a designer's file would be. */
export function validateText(text: string, file = 'scenario.yaml'): ValidationResult {
  const parsed = parseScenario(text, { file })
  if (parsed.problems.length) return { ok: false, problems: parsed.problems }
  return validateScenario(parsed.data, { sourceMap: parsed.sourceMap })
}
