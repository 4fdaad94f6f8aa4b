import { currentSchemaVersion } from '../model/scenario.ts'
import type { PathProblem } from '../kit/index.ts'
import { migrations as registry, type Migration } from './migrations.ts'

/** Result of {@link migrateDocument}. */
export interface MigrationResult {
  readonly document: unknown
  /** The version the file was written in (undefined when unreadable). */
  readonly fromVersion: number | undefined
  readonly problems: readonly PathProblem[]
}

/**
 * Brings a document of an older `schemaVersion` to the current one through the migration
 * registry; a newer file gets an error naming the version it needs.
 */
export function migrateDocument(
  document: unknown,
  migrations: readonly Migration[] = registry,
): MigrationResult {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return { document, fromVersion: undefined, problems: [] }
  }
  const version = (document as Record<string, unknown>)['schemaVersion']
  if (version === undefined) {
    return {
      document,
      fromVersion: undefined,
      problems: [
        {
          code: 'schema-version',
          path: [],
          message: 'the file has no schemaVersion',
          hint: `add "schemaVersion: ${currentSchemaVersion}" as the first line`,
        },
      ],
    }
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      document,
      fromVersion: undefined,
      problems: [
        {
          code: 'schema-version',
          path: ['schemaVersion'],
          message: `schemaVersion must be a whole number, found ${JSON.stringify(version)}`,
          hint: `write schemaVersion: ${currentSchemaVersion}`,
        },
      ],
    }
  }
  if (version > currentSchemaVersion) {
    return {
      document,
      fromVersion: version,
      problems: [
        {
          code: 'schema-version',
          path: ['schemaVersion'],
          message: `this file needs scenario language version ${version}, but this tool reads versions up to ${currentSchemaVersion}`,
          hint: `update @practicum/scenario (and the practicum CLI) to a release that reads schemaVersion ${version}`,
        },
      ],
    }
  }
  let current = document as Record<string, unknown>
  for (let from = version; from < currentSchemaVersion; from++) {
    const migration = migrations.find((candidate) => candidate.from === from)
    if (!migration) {
      return {
        document,
        fromVersion: version,
        problems: [
          {
            code: 'schema-version',
            path: ['schemaVersion'],
            message: `no migration from schemaVersion ${from}`,
            hint: `rewrite the file for schemaVersion ${currentSchemaVersion}`,
          },
        ],
      }
    }
    current = migration.migrate(current)
  }
  return { document: current, fromVersion: version, problems: [] }
}
