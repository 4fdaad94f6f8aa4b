import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  activityTypes,
  extensions,
  practicumNamespace,
  profileIri,
  profileVersionIri,
  recordingUsageType,
  statementIdNamespace,
  uuidV5,
  verbs,
} from '@practicum/xapi'

interface Node {
  id: string
  type: string
  [key: string]: unknown
}
const profile = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../profile/practicum-profile.jsonld'), 'utf8'),
) as { id: string; versions: { id: string }[]; concepts: Node[]; templates: Node[]; patterns: Node[] }

const walk = (value: unknown, out: string[] = []): string[] => {
  if (typeof value === 'string' && /^https?:\/\//.test(value)) out.push(value)
  else if (Array.isArray(value)) for (const item of value) walk(item, out)
  else if (value && typeof value === 'object') for (const item of Object.values(value)) walk(item, out)
  return out
}

describe('the profile document', () => {
  it('is the profile the code names, at its current version', () => {
    expect(profile.id).toBe(profileIri)
    expect(profile.versions[0]?.id).toBe(profileVersionIri)
  })

  it('defines every minted verb, activity type, extension and the recording usage type', () => {
    const defined = new Map(profile.concepts.map((concept) => [concept.id, concept.type]))
    const minted = [
      ...Object.values(verbs),
      ...Object.values(activityTypes),
      ...Object.values(extensions),
      recordingUsageType,
    ].filter((iri) => iri.startsWith(practicumNamespace))
    for (const iri of minted) expect(defined.has(iri), iri).toBe(true)
    expect(defined.get(recordingUsageType)).toBe('AttachmentUsageType')
    for (const iri of Object.values(verbs).filter((v) => v.startsWith(practicumNamespace)))
      expect(defined.get(iri)).toBe('Verb')
  })

  it('mints IRIs only under the project namespace', () => {
    const ours = [...profile.concepts, ...profile.templates, ...profile.patterns].map((node) => node.id)
    for (const iri of ours) expect(iri.startsWith(practicumNamespace), iri).toBe(true)
    // every IRI it uses is either ours or a published vocabulary's
    const foreign = walk(profile).filter((iri) => !iri.startsWith(practicumNamespace))
    for (const iri of foreign)
      expect(iri).toMatch(/^(http:\/\/adlnet\.gov\/expapi\/|https:\/\/w3id\.org\/xapi\/)/)
  })

  it('has a template per kind of evidence and a primary attempt pattern whose parts all exist', () => {
    const ids = new Set([...profile.templates, ...profile.patterns].map((node) => node.id))
    const primary = profile.patterns.filter((pattern) => pattern.primary === true)
    expect(primary.map((pattern) => pattern.id)).toEqual([`${practicumNamespace}xapi/patterns/attempt`])
    for (const pattern of profile.patterns) {
      const parts = [
        pattern.sequence,
        pattern.alternates,
        pattern.optional,
        pattern.oneOrMore,
        pattern.zeroOrMore,
      ]
        .flat()
        .filter((part): part is string => typeof part === 'string')
      expect(parts.length, pattern.id).toBeGreaterThan(0)
      for (const part of parts) expect(ids.has(part), part).toBe(true)
    }
    expect(profile.templates.length).toBe(13)
  })
})

describe('statement ids', () => {
  it('are RFC 9562 UUID v5 (the RFC example) and the namespace is v5 of w3id.org/practicum', () => {
    const dns = '6ba7b810-9dad-11d1-80b4-00c04fd430c8'
    expect(uuidV5('www.example.com', dns)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
    expect(statementIdNamespace).toBe(uuidV5('w3id.org/practicum', dns))
    expect(uuidV5('a/1/0')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(uuidV5('a/1/0')).not.toBe(uuidV5('a/2/0'))
  })
})
