import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The admin URL of the real PostgreSQL the storage tests use (scripts/with-postgres.mjs). */
    pgUrl: string
  }
}

interface RunningPostgres {
  url: string
  stop: () => Promise<void>
}

/**
 * Gives the PostgreSQL tests a real server: PRACTICUM_PG_URL if set, else a throwaway cluster
 * on a free port; fails the run with the install command when PostgreSQL is missing.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A variable specifier: the script is plain JavaScript shared with benches and conformance runs.
  const script = new URL('../../../../scripts/with-postgres.mjs', import.meta.url).href
  const { startPostgres } = (await import(script)) as { startPostgres: () => Promise<RunningPostgres> }
  const postgres = await startPostgres()
  project.provide('pgUrl', postgres.url)
  return () => postgres.stop()
}
