import { describe, expect, it } from 'vitest'
import {
  isDuration,
  isIri,
  isLanguageTag,
  isTimestamp,
  isUuid,
  validateStatement,
  validateStatements,
} from '@practicum/xapi'

const valid = {
  id: '6d8d9f52-2bb5-4c1e-9a0e-0f6f7e3b2a11',
  actor: { objectType: 'Agent', name: 'Ana', mbox: 'mailto:ana@example.com' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  object: {
    id: 'https://practicum.dev/activities/lockout',
    definition: { name: { 'en-US': 'Lockout' }, type: 'http://adlnet.gov/expapi/activities/simulation' },
  },
  result: { score: { scaled: 0.8, raw: 8, min: 0, max: 10 }, success: true, duration: 'PT4M12.5S' },
  context: {
    registration: 'a1b2c3d4-e5f6-4a1b-8c2d-3e4f5a6b7c8d',
    contextActivities: { parent: [{ id: 'https://practicum.dev/course' }] },
  },
  timestamp: '2026-11-29T10:00:00.123Z',
}

function pathsOf(statement: unknown, version: '1.0.3' | '2.0.0' = '2.0.0'): string[] {
  return validateStatement(statement, { version }).issues.map((issue) => issue.path)
}

describe('validateStatement', () => {
  it('accepts a complete valid statement in both versions', () => {
    expect(validateStatement(valid, { version: '2.0.0' })).toEqual({ valid: true, issues: [] })
    expect(validateStatement(valid, { version: '1.0.3' })).toEqual({ valid: true, issues: [] })
  })

  it('names the path of each problem', () => {
    expect(pathsOf({ ...valid, actor: { mbox: 'ana@example.com' } })).toEqual(['$.actor.mbox'])
    expect(pathsOf({ ...valid, verb: { id: 'completed' } })).toEqual(['$.verb.id'])
    expect(pathsOf({ ...valid, context: { ...valid.context, registration: 'nope' } })).toEqual([
      '$.context.registration',
    ])
    expect(
      pathsOf({ ...valid, object: { ...valid.object, definition: { name: { 'not a tag!': 'x' } } } }),
    ).toEqual(['$.object.definition.name["not a tag!"]'])
  })

  it('requires exactly one inverse functional identifier on an Agent', () => {
    expect(pathsOf({ ...valid, actor: { name: 'nobody' } })).toEqual(['$.actor'])
    expect(pathsOf({ ...valid, actor: { mbox: 'mailto:a@b.c', openid: 'https://a.example/me' } })).toEqual([
      '$.actor',
    ])
    expect(
      pathsOf({ ...valid, actor: { account: { homePage: 'https://lms.example', name: 'ana' } } }),
    ).toEqual([])
    expect(pathsOf({ ...valid, actor: { mbox_sha1sum: 'z'.repeat(40) } })).toEqual(['$.actor.mbox_sha1sum'])
  })

  it('checks groups: anonymous groups need members, members are Agents', () => {
    expect(pathsOf({ ...valid, actor: { objectType: 'Group' } })).toEqual(['$.actor.member'])
    const nested = { objectType: 'Group', member: [{ objectType: 'Group', mbox: 'mailto:g@example.com' }] }
    expect(pathsOf({ ...valid, actor: nested })).toEqual(['$.actor.member[0]'])
  })

  it('refuses unknown, mis-cased and null properties', () => {
    expect(pathsOf({ ...valid, Verb: valid.verb })).toContain('$.Verb')
    expect(pathsOf({ ...valid, result: { ...valid.result, success: null } })).toEqual(['$.result.success'])
  })

  it('checks score ranges', () => {
    expect(pathsOf({ ...valid, result: { score: { scaled: 1.5 } } })).toEqual(['$.result.score.scaled'])
    expect(pathsOf({ ...valid, result: { score: { raw: 11, min: 0, max: 10 } } })).toEqual([
      '$.result.score.raw',
    ])
    expect(pathsOf({ ...valid, result: { score: { min: 5, max: 5 } } })).toEqual(['$.result.score.max'])
  })

  it('checks attachments', () => {
    const attachment = {
      usageType: 'https://practicum.dev/evidence',
      display: { en: 'photo' },
      contentType: 'image/png',
      length: 10,
      sha2: 'ab'.repeat(32),
    }
    expect(pathsOf({ ...valid, attachments: [attachment] })).toEqual([])
    expect(pathsOf({ ...valid, attachments: [{ ...attachment, length: -1, sha2: 'xyz' }] })).toEqual([
      '$.attachments[0].length',
      '$.attachments[0].sha2',
    ])
  })

  it('allows contextAgents and contextGroups in 2.0.0 only', () => {
    const context = {
      contextAgents: [
        {
          objectType: 'contextAgent',
          agent: { mbox: 'mailto:assessor@example.com' },
          relevantTypes: ['https://practicum.dev/roles/assessor'],
        },
      ],
      contextGroups: [
        {
          objectType: 'contextGroup',
          group: { objectType: 'Group', member: [{ mbox: 'mailto:a@example.com' }] },
        },
      ],
    }
    expect(pathsOf({ ...valid, context }, '2.0.0')).toEqual([])
    expect(pathsOf({ ...valid, context }, '1.0.3')).toEqual([
      '$.context.contextAgents',
      '$.context.contextGroups',
    ])
    const empty = {
      contextAgents: [
        { objectType: 'contextAgent', agent: { mbox: 'mailto:a@example.com' }, relevantTypes: [] },
      ],
    }
    expect(pathsOf({ ...valid, context: empty })).toEqual(['$.context.contextAgents[0].relevantTypes'])
  })

  it('allows revision and platform only when the object is an Activity', () => {
    const object = { objectType: 'Agent', mbox: 'mailto:b@example.com' }
    expect(pathsOf({ ...valid, object, context: { platform: 'Quest 3' } })).toEqual(['$.context.platform'])
  })

  it('requires a StatementRef object on a voiding statement and forbids nested SubStatements', () => {
    expect(pathsOf({ ...valid, verb: { id: 'http://adlnet.gov/expapi/verbs/voided' } })).toEqual(['$.object'])
    const sub = {
      objectType: 'SubStatement',
      actor: valid.actor,
      verb: valid.verb,
      object: { objectType: 'SubStatement', actor: valid.actor, verb: valid.verb, object: valid.object },
    }
    expect(pathsOf({ ...valid, object: sub })).toEqual(['$.object.object'])
  })

  it('requires a time zone on 2.0.0 timestamps', () => {
    expect(pathsOf({ ...valid, timestamp: '2026-11-29T10:00:00' }, '2.0.0')).toEqual(['$.timestamp'])
    expect(pathsOf({ ...valid, timestamp: '2026-11-29T10:00:00' }, '1.0.3')).toEqual([])
  })
})

describe('validateStatements', () => {
  it('refuses a batch whose statements share an id', () => {
    const result = validateStatements([valid, { ...valid, id: valid.id.toUpperCase() }])
    expect(result.valid).toBe(false)
    expect(result.issues).toEqual([{ path: '$[1].id', message: 'repeats the id of $[0]' }])
  })
})

describe('formats', () => {
  it('durations: ISO 8601, not P, PT, P1DT or weeks mixed with other parts', () => {
    for (const good of ['P1D', 'PT1H30M', 'PT4.25S', 'P1Y2M3DT4H5M6S', 'P4W'])
      expect(isDuration(good), good).toBe(true)
    for (const bad of ['P', 'PT', 'P1DT', 'P4W1D', '1D', 'PT1.S']) expect(isDuration(bad), bad).toBe(false)
  })

  it('timestamps: RFC 3339, never the unknown offset -00:00', () => {
    expect(isTimestamp('2026-11-29T10:00:00Z')).toBe(true)
    expect(isTimestamp('2026-11-29T10:00:00.123456+02:00')).toBe(true)
    expect(isTimestamp('2026-11-29T10:00:00-00:00')).toBe(false)
    expect(isTimestamp('2026-13-29T10:00:00Z')).toBe(false)
  })

  it('UUIDs, IRIs and language tags', () => {
    expect(isUuid('6d8d9f52-2bb5-4c1e-9a0e-0f6f7e3b2a11')).toBe(true)
    expect(isUuid('6d8d9f522bb54c1e9a0e0f6f7e3b2a11')).toBe(false)
    expect(isIri('https://practicum.dev/a b')).toBe(false)
    expect(isIri('urn:practicum:activity:1')).toBe(true)
    expect(isLanguageTag('zh-Hant-TW')).toBe(true)
    expect(isLanguageTag('english!')).toBe(false)
  })
})
