import { existsSync } from 'node:fs'
import type { CheckResult } from './check.ts'
import { firstLineOf } from './run-command.ts'

const tools = ['python3', 'make', 'g++'] as const

/** Native addons (better-sqlite3) compile with node-gyp: python3, make, g++ and Node's headers. */
export function checkBuildTools(nodeHeaders = '/usr/include/node/node_api.h'): CheckResult {
  const missing: string[] = tools.filter((tool) => firstLineOf(tool, ['--version']) === undefined)
  const headers = existsSync(nodeHeaders)
  const detail = [
    missing.length ? `missing ${missing.join(', ')}` : tools.join(', '),
    headers ? `Node headers at ${nodeHeaders}` : 'no local Node headers (node-gyp will download them)',
  ].join('; ')
  if (missing.length) {
    return {
      id: 'build-tools',
      label: 'Native build tools',
      status: 'missing',
      detail,
      fix: `apt-get install -y ${missing.join(' ')}`,
    }
  }
  return { id: 'build-tools', label: 'Native build tools', status: 'ok', detail }
}
