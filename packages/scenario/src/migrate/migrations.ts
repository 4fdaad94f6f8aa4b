/** One step of the migration registry: turns a document of version `from` into version `from + 1`. */
export interface Migration {
  readonly from: number
  readonly description: string
  /** Pure: takes plain data of version `from`, returns plain data of version `from + 1`. */
  readonly migrate: (document: Record<string, unknown>) => Record<string, unknown>
}

/**
 * Version 1 (the first drafts) wrote `language: en` and `languages: [en, fr]` at the root and
 * `parameters` as a mapping from id to parameter. Version 2 groups the languages under
 * `locales` and lists parameters with their `id`, so duplicate ids can be reported.
 */
const v1ToV2: Migration = {
  from: 1,
  description: 'languages → locales; parameters mapping → list',
  migrate(document) {
    const { language, languages, parameters, ...rest } = document
    const migrated: Record<string, unknown> = { ...rest, schemaVersion: 2 }
    if (language !== undefined || languages !== undefined) {
      migrated['locales'] = { default: language, available: languages ?? [language] }
    }
    if (parameters !== null && typeof parameters === 'object' && !Array.isArray(parameters)) {
      migrated['parameters'] = Object.entries(parameters as Record<string, unknown>).map(([id, value]) =>
        value !== null && typeof value === 'object' ? { id, ...(value as object) } : { id, value },
      )
    } else if (parameters !== undefined) migrated['parameters'] = parameters
    return migrated
  },
}

/** Every migration, oldest first; each takes one version to the next. */
export const migrations: readonly Migration[] = [v1ToV2]
