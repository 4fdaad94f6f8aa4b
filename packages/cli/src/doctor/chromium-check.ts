import { existsSync } from 'node:fs'
import type { CheckResult } from './check.ts'
import { firstLineOf } from './run-command.ts'

/** Where browser tests and the loop page look for Chromium (`PRACTICUM_CHROMIUM` overrides). */
export function chromiumPath(env = process.env): string {
  return env['PRACTICUM_CHROMIUM'] ?? '/usr/bin/chromium'
}

export function checkChromium(path = chromiumPath()): CheckResult {
  const version = existsSync(path) ? firstLineOf(path, ['--version']) : undefined
  return version
    ? { id: 'chromium', label: 'Chromium (browser tests)', status: 'ok', detail: `${version} at ${path}` }
    : {
        id: 'chromium',
        label: 'Chromium (browser tests)',
        status: 'missing',
        detail: `not found at ${path}`,
        fix: 'apt-get update && apt-get install -y chromium',
      }
}
