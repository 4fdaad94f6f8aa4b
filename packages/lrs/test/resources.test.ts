// The (resource × method) table of the README, each row on both storages, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { agentQuery, startTestLrs, statement, type TestLrs } from './support/lrs-client.ts'
import { storageKinds, type TestStorage } from './support/storages.ts'

const activityId = 'https://practicum.dev/activities/lockout'
const agent = { objectType: 'Agent', mbox: 'mailto:learner@example.com' }

describe.each(storageKinds)('resources on $name', (kind) => {
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

  it('PUT /statements stores under the given id (204), same again 204, different 409', async () => {
    const id = crypto.randomUUID()
    const body = statement({ id })
    expect((await lrs.request('PUT', `/xapi/statements?statementId=${id}`, { body })).status).toBe(204)
    expect((await lrs.request('PUT', `/xapi/statements?statementId=${id}`, { body })).status).toBe(204)
    const other = statement({ id, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } })
    expect((await lrs.request('PUT', `/xapi/statements?statementId=${id}`, { body: other })).status).toBe(409)
    const got = await lrs.request('GET', `/xapi/statements?statementId=${id}`)
    expect((got.json() as { verb: { id: string } }).verb.id).toBe(
      'http://adlnet.gov/expapi/verbs/experienced',
    )
  })

  it('POST /statements stores a batch and answers the ids in order', async () => {
    const ids = [crypto.randomUUID(), crypto.randomUUID()]
    const response = await lrs.request('POST', '/xapi/statements', {
      body: [statement({ id: ids[0] }), statement({ id: ids[1] }), statement()],
    })
    expect(response.status).toBe(200)
    const answered = response.json() as string[]
    expect(answered.slice(0, 2)).toEqual(ids)
    expect(answered).toHaveLength(3)
    expect((await lrs.request('GET', `/xapi/statements?statementId=${answered[2]}`)).status).toBe(200)
  })

  it('GET /statements filters by agent, verb, activity, registration, since and pages with more', async () => {
    const registration = crypto.randomUUID()
    const learner = { mbox: `mailto:${crypto.randomUUID()}@example.com` }
    // `since` is exclusive: one millisecond back, or a statement stored in the same millisecond is left out.
    const before = new Date(Date.now() - 1).toISOString()
    const batch = Array.from({ length: 5 }, (_, index) =>
      statement({
        actor: learner,
        verb: {
          id: index % 2 ? 'http://adlnet.gov/expapi/verbs/passed' : 'http://adlnet.gov/expapi/verbs/failed',
        },
        object: { id: activityId },
        context: { registration },
      }),
    )
    expect((await lrs.request('POST', '/xapi/statements', { body: batch })).status).toBe(200)
    const query = `agent=${agentQuery(learner)}&verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/failed')}&activity=${encodeURIComponent(activityId)}&registration=${registration}&since=${before}`
    const first = await lrs.request('GET', `/xapi/statements?${query}&limit=2`)
    expect(first.status).toBe(200)
    expect(first.headers.get('x-experience-api-consistent-through')).toMatch(/^\d{4}-/)
    const page = first.json() as { statements: unknown[]; more: string }
    expect(page.statements).toHaveLength(2)
    expect(page.more).toMatch(/^\/xapi\/statements\?more=/)
    const second = (await lrs.request('GET', page.more)).json() as { statements: unknown[]; more: string }
    expect(second.statements).toHaveLength(1)
    expect(second.more).toBe('')
  })

  it('HEAD /statements answers the headers of GET without a body', async () => {
    const response = await lrs.request('HEAD', '/xapi/statements?limit=1')
    expect(response.status).toBe(200)
    expect(response.text).toBe('')
    expect(response.headers.get('x-experience-api-consistent-through')).not.toBeNull()
  })

  for (const [resource, params, idParam] of [
    [
      'activities/state',
      `activityId=${encodeURIComponent(activityId)}&agent=${agentQuery(agent)}`,
      'stateId',
    ],
    ['activities/profile', `activityId=${encodeURIComponent(activityId)}`, 'profileId'],
    ['agents/profile', `agent=${agentQuery(agent)}`, 'profileId'],
  ] as const) {
    it(`PUT, POST, GET, DELETE /${resource} with ETag preconditions`, async () => {
      const documentId = `doc-${crypto.randomUUID()}`
      const url = `/xapi/${resource}?${params}&${idParam}=${documentId}`
      const created = await lrs.request('PUT', url, { body: { a: 1 }, headers: { 'If-None-Match': '*' } })
      expect(created.status).toBe(204)
      const got = await lrs.request('GET', url)
      expect(got.json()).toEqual({ a: 1 })
      const etag = got.headers.get('etag') ?? ''
      expect(etag).toMatch(/^".+"$/)
      expect((await lrs.request('PUT', url, { body: { a: 2 } })).status).toBe(409)
      expect(
        (await lrs.request('PUT', url, { body: { a: 2 }, headers: { 'If-Match': '"stale"' } })).status,
      ).toBe(412)
      expect((await lrs.request('POST', url, { body: { b: 2 }, headers: { 'If-Match': etag } })).status).toBe(
        204,
      )
      expect((await lrs.request('GET', url)).json()).toEqual({ a: 1, b: 2 })
      const list = await lrs.request('GET', `/xapi/${resource}?${params}`)
      expect(list.json()).toContain(documentId)
      expect((await lrs.request('DELETE', url)).status).toBe(204)
      expect((await lrs.request('GET', url)).status).toBe(404)
    })
  }

  it('DELETE /activities/state without stateId deletes every state of the agent and activity', async () => {
    const params = `activityId=${encodeURIComponent(`${activityId}/${crypto.randomUUID()}`)}&agent=${agentQuery(agent)}`
    for (const id of ['one', 'two'])
      expect(
        (await lrs.request('PUT', `/xapi/activities/state?${params}&stateId=${id}`, { body: { id } })).status,
      ).toBe(204)
    expect((await lrs.request('DELETE', `/xapi/activities/state?${params}`)).status).toBe(204)
    expect((await lrs.request('GET', `/xapi/activities/state?${params}`)).json()).toEqual([])
  })

  it('GET /about needs neither credentials nor a version header', async () => {
    const response = await lrs.request('GET', '/xapi/about', { auth: null, version: null })
    expect(response.status).toBe(200)
    expect((response.json() as { version: string[] }).version).toEqual(['2.0.0', '1.0.3'])
  })

  it('GET /agents answers the Person with the names seen', async () => {
    const person = { mbox: `mailto:${crypto.randomUUID()}@example.com`, name: 'Ana' }
    await lrs.request('POST', '/xapi/statements', { body: statement({ actor: person }) })
    const response = await lrs.request('GET', `/xapi/agents?agent=${agentQuery({ mbox: person.mbox })}`)
    expect(response.json()).toEqual({ objectType: 'Person', name: ['Ana'], mbox: [person.mbox] })
  })

  it('GET /activities answers the stored definition', async () => {
    const id = `https://practicum.dev/activities/${crypto.randomUUID()}`
    await lrs.request('POST', '/xapi/statements', {
      body: statement({ object: { id, definition: { name: { 'fr-FR': 'Consignation' } } } }),
    })
    const response = await lrs.request('GET', `/xapi/activities?activityId=${encodeURIComponent(id)}`)
    expect(response.json()).toEqual({
      objectType: 'Activity',
      id,
      definition: { name: { 'fr-FR': 'Consignation' } },
    })
  })

  it('OPTIONS answers the CORS preflight with the xAPI headers', async () => {
    const response = await lrs.request('OPTIONS', '/xapi/statements', {
      auth: null,
      version: null,
      headers: { Origin: 'https://headset.example' },
    })
    expect(response.status).toBe(204)
    const allowed = response.headers.get('access-control-allow-headers') ?? ''
    for (const header of [
      'Authorization',
      'Content-Type',
      'X-Experience-API-Version',
      'If-Match',
      'If-None-Match',
    ])
      expect(allowed).toContain(header)
    const exposed = response.headers.get('access-control-expose-headers') ?? ''
    for (const header of [
      'ETag',
      'Last-Modified',
      'X-Experience-API-Version',
      'X-Experience-API-Consistent-Through',
    ])
      expect(exposed).toContain(header)
    expect(response.headers.get('access-control-allow-origin')).toBe('https://headset.example')
  })
})
