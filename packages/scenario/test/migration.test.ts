import { describe, expect, it } from 'vitest'
import { currentSchemaVersion, migrateDocument, migrations, parseScenario } from '@practicum/scenario'
import { fixtureText, validateText } from './support/fixtures.ts'

describe('schemaVersion and migrations', () => {
  it('migrates the synthetic version-1 file to the same scenario as its version-2 twin', () => {
    const migrated = validateText(fixtureText('migrations', 'v1-minimal.yaml'), 'v1-minimal.yaml')
    const current = validateText(fixtureText('valid', 'minimal.yaml'))
    expect(migrated.problems).toEqual([])
    expect(migrated.ok && current.ok).toBe(true)
    if (migrated.ok && current.ok) expect(migrated.scenario).toStrictEqual(current.scenario)
  })

  it('reports where it started from', () => {
    const { data } = parseScenario(fixtureText('migrations', 'v1-minimal.yaml'))
    const result = migrateDocument(data)
    expect(result.fromVersion).toBe(1)
    expect((result.document as { schemaVersion: number }).schemaVersion).toBe(currentSchemaVersion)
  })

  it('has one migration per older version, each to the next', () => {
    expect(migrations.map((migration) => migration.from)).toEqual(
      Array.from({ length: currentSchemaVersion - 1 }, (_, index) => index + 1),
    )
  })

  it('names the required version for a file newer than the tool', () => {
    const result = validateText(`schemaVersion: ${currentSchemaVersion + 1}\nid: future\n`, 'future.yaml')
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'schema-version',
        line: 1,
        column: 16,
        message: `this file needs scenario language version ${currentSchemaVersion + 1}, but this tool reads versions up to ${currentSchemaVersion}`,
      }),
    ])
  })

  it('asks for a schemaVersion when there is none', () => {
    const result = validateText('id: no-version\n')
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'schema-version',
        line: 1,
        column: 1,
        message: 'the file has no schemaVersion',
      }),
    ])
  })

  it('says when no migration exists for a version', () => {
    const result = migrateDocument({ schemaVersion: 1 }, [])
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'schema-version', message: 'no migration from schemaVersion 1' }),
    ])
  })
})
