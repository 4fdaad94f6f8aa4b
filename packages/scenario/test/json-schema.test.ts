import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { parseScenario, scenarioJsonSchema, scenarioReference } from '@practicum/scenario'
import { fixtureNames, fixtureText } from './support/fixtures.ts'

const packageDir = path.join(import.meta.dirname, '..')
const ajv = new Ajv({ allErrors: true, strict: true, strictTuples: false })
const validate = ajv.compile(scenarioJsonSchema())

function data(folder: string, name: string): unknown {
  return parseScenario(fixtureText(folder, name)).data
}

describe('the JSON Schema (draft-07, for editors)', () => {
  it('is draft-07', () => {
    expect(scenarioJsonSchema()['$schema']).toBe('http://json-schema.org/draft-07/schema#')
  })

  it.each(fixtureNames('valid'))('accepts the valid fixture %s under Ajv', (name) => {
    const valid = validate(data('valid', name))
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  const schemaLevel = fixtureNames('broken').filter((name) =>
    fixtureText('broken', name).includes('# expect (schema-level):'),
  )
  it('marks the schema-level broken fixtures', () => {
    expect(schemaLevel.length).toBeGreaterThanOrEqual(7)
  })
  it.each(schemaLevel)('rejects the schema-level broken fixture %s under Ajv', (name) => {
    expect(validate(data('broken', name))).toBe(false)
  })

  it('gives every property a description', () => {
    const missing: string[] = []
    const visit = (node: unknown, where: string) => {
      if (Array.isArray(node)) return node.forEach((item, index) => visit(item, `${where}[${index}]`))
      if (typeof node !== 'object' || node === null) return
      const record = node as Record<string, unknown>
      if (record['properties'] && typeof record['properties'] === 'object') {
        for (const [key, property] of Object.entries(
          record['properties'] as Record<string, { description?: string }>,
        )) {
          if (!property.description) missing.push(`${where}.${key}`)
        }
      }
      for (const [key, value] of Object.entries(record)) visit(value, `${where}.${key}`)
    }
    visit(scenarioJsonSchema(), '#')
    expect(missing).toEqual([])
  })

  it('is committed as generated (run `pnpm --filter @practicum/scenario generate` after changing the model)', () => {
    const committed = readFileSync(path.join(packageDir, 'schema/scenario.schema.json'), 'utf8')
    expect(JSON.parse(committed)).toStrictEqual(scenarioJsonSchema())
  })

  it('has its designer reference committed as generated (docs/reference.md)', () => {
    const committed = readFileSync(path.join(packageDir, 'docs/reference.md'), 'utf8')
    expect(committed).toBe(scenarioReference())
  })
})
