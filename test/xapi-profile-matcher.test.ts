// The profile matcher (xAPI Profiles: determining properties, rules over JSONPath, patterns)
// against the statements of a real expert attempt, and one failing fixture per rule kind.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  evaluateJsonPath,
  learnerByAccount,
  mapAttempt,
  matchProfile,
  matchTemplate,
  profileVersionIri,
  type OutgoingStatement,
  type ProfileDocument,
  type Statement,
  type StatementTemplate,
} from '@practicum/xapi'
import { fixtures, runAttempt } from './xapi/evidence-support.ts'

const profile = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../packages/xapi/profile/practicum-profile.jsonld'), 'utf8'),
) as ProfileDocument
const template = (slug: string): StatementTemplate =>
  profile.templates!.find(
    (candidate) => candidate.id === `https://w3id.org/practicum/xapi/templates/${slug}`,
  )!

let statements: Statement[]
const byVerb = (verb: string, type: string) =>
  structuredClone(
    statements.find(
      (statement) => statement.verb.id.endsWith(verb) && statement.object.definition?.type?.endsWith(type),
    )!,
  )

beforeAll(async () => {
  const run = await runAttempt(
    path.join(fixtures, 'press-lockout.yaml'),
    path.join(fixtures, 'press-lockout.expert.bot.yaml'),
  )
  const mapped: OutgoingStatement[] = mapAttempt(
    run.events,
    {
      scenario: run.scenario,
      learner: learnerByAccount('https://lms.example.com', 'worker-7'),
      attemptId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      anchor: Date.parse('2026-11-29T08:00:00Z'),
      dt: run.dt,
      contentHash: run.hash,
    },
    run.recording,
  )
  statements = mapped.map(({ statement }) => statement)
})

describe('an expert attempt', () => {
  it('matches a template per statement and the attempt pattern as a whole', () => {
    const result = matchProfile(statements, profile)
    expect(result.problems).toEqual([])
    expect(result.valid).toBe(true)
    expect(result.patterns).toEqual(['https://w3id.org/practicum/xapi/patterns/attempt'])
    expect(result.templates.every((ids) => ids.length === 1)).toBe(true)
    expect(result.templates[0]).toEqual([template('attempt-started').id])
    expect(result.templates.at(-1)).toEqual([template('attempt-passed').id])
  })

  it('fails the attempt pattern when shuffled', () => {
    const shuffled = [statements.at(-1)!, ...statements.slice(1, -1), statements[0]!]
    const result = matchProfile(shuffled, profile)
    expect(result.valid).toBe(false)
    expect(result.patterns).toEqual([])
    expect(result.problems.join('\n')).toMatch(/do not follow a primary pattern/)
    // a competency before a step is out of the pattern's order too
    const competency = statements.findIndex((statement) =>
      statement.object.definition?.type?.endsWith('competency'),
    )
    const step = statements.findIndex((statement) => statement.object.definition?.type?.endsWith('/step'))
    const swapped = [...statements]
    ;[swapped[competency], swapped[step]] = [swapped[step]!, swapped[competency]!]
    expect(matchProfile(swapped, profile).valid).toBe(false)
    // and an attempt without its outcome is unfinished
    expect(matchProfile(statements.slice(0, -1), profile).valid).toBe(false)
  })
})

describe('one failing fixture per rule kind', () => {
  it('determining property: another verb means the template does not apply', () => {
    const statement = byVerb('completed', 'step')
    expect(matchTemplate(statement, template('step-completed'))).toMatchObject({ applies: true, valid: true })
    statement.verb.id = 'http://adlnet.gov/expapi/verbs/experienced'
    expect(matchTemplate(statement, template('step-completed'))).toMatchObject({
      applies: false,
      valid: false,
    })
    expect(matchProfile([statement], profile).problems[0]).toMatch(/no template applies/)
  })

  it('determining property: the object activity type', () => {
    const statement = byVerb('completed', 'step')
    statement.object.definition!.type = 'http://adlnet.gov/expapi/activities/lesson'
    expect(matchTemplate(statement, template('step-completed')).applies).toBe(false)
  })

  it('presence included: a missing registration fails', () => {
    const statement = byVerb('completed', 'step')
    delete statement.context!.registration
    const result = matchTemplate(statement, template('step-completed'))
    expect(result).toMatchObject({ applies: true, valid: false })
    expect(result.problems).toEqual(['$.context.registration must be present'])
  })

  it('presence excluded: a result on attempt-started fails', () => {
    const statement = byVerb('attempted', 'scenario')
    statement.result = { completion: false }
    expect(matchTemplate(statement, template('attempt-started')).problems).toEqual([
      '$.result must be absent',
    ])
  })

  it('any: a category without the profile version fails', () => {
    const statement = byVerb('attempted', 'scenario')
    statement.context!.contextActivities!.category![0]!.id = 'https://w3id.org/practicum/xapi/profile/v0.9'
    expect(matchTemplate(statement, template('attempt-started')).problems).toEqual([
      `$.context.contextActivities.category[*].id must include one of ${JSON.stringify([profileVersionIri])}`,
    ])
  })

  it('all: a completed step whose completion is false fails', () => {
    const statement = byVerb('completed', 'step')
    statement.result!.completion = false
    expect(matchTemplate(statement, template('step-completed')).problems).toEqual([
      '$.result.completion must be only [true]',
    ])
  })

  it('none: a skipped step sent as failed (not ignored) fails', () => {
    const statement = byVerb('completed', 'step')
    statement.verb.id = 'http://adlnet.gov/expapi/verbs/failed'
    statement.result = {
      success: false,
      extensions: { 'https://w3id.org/practicum/xapi/extensions/reason': 'skipped' },
    }
    expect(matchTemplate(statement, template('step-failed')).problems).toEqual([
      `$.result.extensions['https://w3id.org/practicum/xapi/extensions/reason'] must not be ["skipped"]`,
    ])
  })

  it('recommended: absent passes, present must follow its any/all', () => {
    const statement = structuredClone(statements.at(-1)!)
    expect(matchTemplate(statement, template('attempt-passed')).valid).toBe(true)
    delete statement.attachments
    expect(matchTemplate(statement, template('attempt-passed')).valid).toBe(true)
    statement.attachments = [
      { ...structuredClone(statements.at(-1)!.attachments![0]!), usageType: 'http://example.com/other' },
    ]
    expect(matchTemplate(statement, template('attempt-passed')).problems).toEqual([
      '$.attachments[*].usageType must be only ["https://w3id.org/practicum/xapi/attachments/recording"]',
    ])
  })
})

it('evaluates the JSONPath subset of the Profiles spec, alternatives included', () => {
  const document = { a: { 'b.c': [1, { d: 2 }], e: null }, f: [{ g: 3 }, { g: 4 }] }
  expect(evaluateJsonPath(document, "$.a['b.c'][1].d")).toEqual([2])
  expect(evaluateJsonPath(document, '$.f[*].g')).toEqual([3, 4])
  expect(evaluateJsonPath(document, '$.f[*].g | $.a.e')).toEqual([3, 4, null])
  expect(evaluateJsonPath(document, '$.missing.x')).toEqual([])
  expect(() => evaluateJsonPath(document, 'a.b')).toThrow(/starts with \$/)
})
