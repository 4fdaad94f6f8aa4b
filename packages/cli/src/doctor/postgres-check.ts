import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { CheckResult } from './check.ts'
import { firstLineOf } from './run-command.ts'

const debianPostgresRoot = '/usr/lib/postgresql'

/** The bin folder of the newest PostgreSQL server installed the Debian way, if any. */
export function postgresBinDir(root = debianPostgresRoot): string | undefined {
  if (!existsSync(root)) return undefined
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] === undefined ? undefined : path.join(root, versions[0], 'bin')
}

/** Checks for a PostgreSQL server installed under `root` (Debian's layout: `root/<version>/bin`). */
export function checkPostgres(root = debianPostgresRoot): CheckResult {
  const binDir = postgresBinDir(root)
  const version = binDir ? firstLineOf(path.join(binDir, 'postgres'), ['--version']) : undefined
  return version
    ? { id: 'postgres', label: 'PostgreSQL server tools', status: 'ok', detail: `${version} in ${binDir}` }
    : {
        id: 'postgres',
        label: 'PostgreSQL server tools',
        status: 'missing',
        detail: 'initdb/pg_ctl not found',
        fix: 'apt-get update && apt-get install -y postgresql',
      }
}
