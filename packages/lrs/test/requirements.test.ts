// Conformance requirements fixed along the way, each named by its ADL requirement id, so CI
// guards them (the ADL suite itself cannot run in CI).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { agentQuery, startTestLrs, statement, type TestLrs } from './support/lrs-client.ts'
import { storageKinds, type TestStorage } from './support/storages.ts'

describe.each(storageKinds)('conformance requirements on $name', (kind) => {
  let store: TestStorage
  let lrs: TestLrs
  beforeAll(async () => {
    store = await kind.open()
    lrs = await startTestLrs(store.storage)
  })
  afterAll(async () => {
    await lrs.close()
    await store.dispose()
  })

  it('XAPI-00153: X-Experience-API-Consistent-Through on every GET /statements answer, errors included', async () => {
    const bad = await lrs.request(
      'GET',
      `/xapi/statements?statementId=${crypto.randomUUID()}&agent=${agentQuery({ mbox: 'mailto:a@b.c' })}`,
    )
    expect(bad.status).toBe(400)
    expect(Date.parse(bad.headers.get('x-experience-api-consistent-through') ?? '')).not.toBeNaN()
    const missing = await lrs.request('GET', `/xapi/statements?statementId=${crypto.randomUUID()}`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('x-experience-api-consistent-through')).not.toBeNull()
  })

  it('XAPI-00096: context activities come back as arrays, in SubStatements too', async () => {
    const parent = { id: 'https://practicum.dev/activities/course' }
    const id = crypto.randomUUID()
    const sub = {
      objectType: 'SubStatement',
      ...statement(),
      context: { contextActivities: { grouping: parent } },
    }
    await lrs.request('PUT', `/xapi/statements?statementId=${id}`, {
      body: statement({ object: sub, context: { contextActivities: { parent } } }),
    })
    const stored = (await lrs.request('GET', `/xapi/statements?statementId=${id}`)).json() as {
      context: { contextActivities: { parent: unknown } }
      object: { context: { contextActivities: { grouping: unknown } } }
    }
    expect(stored.context.contextActivities.parent).toEqual([parent])
    expect(stored.object.context.contextActivities.grouping).toEqual([parent])
  })

  it('XAPI-00100 / XAPI-00024: an authority Group must be the anonymous OAuth pair of two Agents', async () => {
    const members = [{ mbox: 'mailto:a@example.com' }, { mbox: 'mailto:b@example.com' }]
    const identified = { objectType: 'Group', mbox: 'mailto:group@example.com', member: members }
    expect(
      (await lrs.request('POST', '/xapi/statements', { body: statement({ authority: identified }) })).status,
    ).toBe(400)
    const pair = { objectType: 'Group', member: members }
    expect(
      (await lrs.request('POST', '/xapi/statements', { body: statement({ authority: pair }) })).status,
    ).toBe(200)
  })

  it('XAPI-00171: format=ids keeps only identifiers (verb id, activity id, identified group without members)', async () => {
    const group = {
      objectType: 'Group',
      name: 'Crew',
      mbox: `mailto:${crypto.randomUUID()}@example.com`,
      member: [{ mbox: 'mailto:m@example.com' }],
    }
    const id = crypto.randomUUID()
    await lrs.request('PUT', `/xapi/statements?statementId=${id}`, { body: statement({ actor: group }) })
    const stored = (
      await lrs.request('GET', `/xapi/statements?statementId=${id}&format=ids`)
    ).json() as Record<string, unknown>
    expect(stored.actor).toEqual({ objectType: 'Group', mbox: group.mbox })
    expect(stored.verb).toEqual({ id: 'http://adlnet.gov/expapi/verbs/experienced' })
    expect(Object.keys(stored.object as object)).toEqual(['id'])
  })

  it('XAPI-00172: format=canonical picks the Accept-Language language', async () => {
    const id = crypto.randomUUID()
    const verb = {
      id: 'http://adlnet.gov/expapi/verbs/attended',
      display: { 'en-US': 'attended', 'fr-FR': 'a assisté' },
    }
    await lrs.request('PUT', `/xapi/statements?statementId=${id}`, { body: statement({ verb }) })
    const canonical = await lrs.request('GET', `/xapi/statements?statementId=${id}&format=canonical`, {
      headers: { 'Accept-Language': 'fr-FR' },
    })
    expect((canonical.json() as { verb: unknown }).verb).toEqual({
      id: verb.id,
      display: { 'fr-FR': 'a assisté' },
    })
    const exact = await lrs.request('GET', `/xapi/statements?statementId=${id}`, {
      headers: { 'Accept-Language': 'fr-FR' },
    })
    expect((exact.json() as { verb: unknown }).verb).toEqual(verb)
  })

  it('XAPI-00124: a duration mixing weeks with other parts (P4W1D) is refused', async () => {
    expect(
      (await lrs.request('POST', '/xapi/statements', { body: statement({ result: { duration: 'P4W1D' } }) }))
        .status,
    ).toBe(400)
    expect(
      (await lrs.request('POST', '/xapi/statements', { body: statement({ result: { duration: 'P4W' } }) }))
        .status,
    ).toBe(200)
  })

  it('XAPI-00336: 1.0.3 alternate request syntax PUT issued as a POST (form body, headers inside)', async () => {
    const id = crypto.randomUUID()
    const form = new URLSearchParams({
      statementId: id,
      content: JSON.stringify(statement()),
      'X-Experience-API-Version': '1.0.3',
      Authorization: `Basic ${Buffer.from(`${lrs.key}:${lrs.secret}`).toString('base64')}`,
    })
    const response = await lrs.request('POST', '/xapi/statements?method=PUT', {
      body: form.toString(),
      auth: null,
      version: null,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(204)
    expect(
      (await lrs.request('GET', `/xapi/statements?statementId=${id}`, { version: '1.0.3' })).status,
    ).toBe(200)
    const empty = await lrs.request('POST', '/xapi/statements?method=PUT', {
      body: new URLSearchParams({
        statementId: crypto.randomUUID(),
        'X-Experience-API-Version': '1.0.3',
      }).toString(),
      version: null,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(empty.status).toBe(400)
    const in20 = await lrs.request('POST', '/xapi/statements?method=GET', {
      body: new URLSearchParams({ 'X-Experience-API-Version': '2.0.0' }).toString(),
      version: null,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(in20.status).toBe(400)
  })

  it('XAPI-00273 / XAPI-00287: in 1.0.3 a profile PUT without If-Match or If-None-Match is refused with 400', async () => {
    const url = `/xapi/agents/profile?agent=${agentQuery({ mbox: `mailto:${crypto.randomUUID()}@example.com` })}&profileId=p`
    expect((await lrs.request('PUT', url, { body: { a: 1 }, version: '1.0.3' })).status).toBe(400)
    expect(
      (await lrs.request('PUT', url, { body: { a: 1 }, version: '1.0.3', headers: { 'If-None-Match': '*' } }))
        .status,
    ).toBe(204)
  })

  it('2.0.0 §4.2.7: timestamps are converted to UTC', async () => {
    const id = crypto.randomUUID()
    await lrs.request('PUT', `/xapi/statements?statementId=${id}`, {
      body: statement({ timestamp: '2023-05-04T12:00:00-05:00' }),
    })
    expect(
      ((await lrs.request('GET', `/xapi/statements?statementId=${id}`)).json() as { timestamp: string })
        .timestamp,
    ).toBe('2023-05-04T17:00:00.000Z')
  })
})
