import path from 'node:path'
import { parseArgs } from 'node:util'

/** Where the LRS keeps its data: a SQLite data folder, or a PostgreSQL connection string. */
export interface LrsStorageChoice {
  dataDir: string
  postgres?: string
}

/** The options every `practicum lrs` subcommand shares. */
export const storageOptions = {
  data: { type: 'string', default: path.join('.practicum', 'lrs') },
  postgres: { type: 'string' },
} as const

/** Reads --data / --postgres (and PRACTICUM_LRS_POSTGRES) from parsed values. */
export function storageChoice(values: {
  data?: string | undefined
  postgres?: string | undefined
}): LrsStorageChoice {
  const postgres = values.postgres ?? process.env.PRACTICUM_LRS_POSTGRES
  const choice: LrsStorageChoice = { dataDir: path.resolve(values.data ?? path.join('.practicum', 'lrs')) }
  if (postgres !== undefined && postgres !== '') choice.postgres = postgres
  return choice
}

export { parseArgs }
