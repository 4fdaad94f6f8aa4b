import { existsSync } from 'node:fs'
import path from 'node:path'
import { openPostgresStorage, openSqliteStorage, type LrsStorage } from '@practicum/lrs'
import { postgresBinDir } from '../doctor/postgres-check.ts'
import type { LrsStorageChoice } from './lrs-options.ts'

/** Opens (and migrates) the storage the options chose. */
export async function openStorage(choice: LrsStorageChoice): Promise<LrsStorage> {
  if (choice.postgres === undefined) return openSqliteStorage({ dataDir: choice.dataDir })
  const binDir = postgresBinDir()
  const pgDump = binDir === undefined ? undefined : path.join(binDir, 'pg_dump')
  return openPostgresStorage({
    connectionString: choice.postgres,
    ...(pgDump !== undefined && existsSync(pgDump) ? { pgDumpPath: pgDump } : {}),
  })
}

/** A short description of the storage for messages (never the password of a connection string). */
export function describeStorage(choice: LrsStorageChoice): string {
  if (choice.postgres === undefined) return `SQLite in ${choice.dataDir}`
  try {
    const url = new URL(choice.postgres)
    return `PostgreSQL at ${url.host}${url.pathname}`
  } catch {
    return 'PostgreSQL'
  }
}
