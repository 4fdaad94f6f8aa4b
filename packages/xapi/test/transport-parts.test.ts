import { describe, expect, it } from 'vitest'
import {
  authorizationHeader,
  backoffDelay,
  createMemoryQueueStore,
  createTransport,
  retryAfterMs,
  sameStatement,
  type TransportStatus,
} from '@practicum/xapi'
import { sample } from './support/queue-store-contract.ts'

describe('authorization', () => {
  it('sends Basic, Bearer, and a cmi5 token as Basic <token>', () => {
    expect(authorizationHeader({ kind: 'basic', key: 'k', secret: 'sé' })).toBe(
      `Basic ${Buffer.from('k:sé').toString('base64')}`,
    )
    expect(authorizationHeader({ kind: 'bearer', token: 'abc' })).toBe('Bearer abc')
    expect(authorizationHeader({ kind: 'cmi5', token: 'QWxhZGRpbjpvcGVu' })).toBe('Basic QWxhZGRpbjpvcGVu')
  })
})

describe('retry timing', () => {
  it('doubles the delay per failure up to the maximum, with half of it random', () => {
    const options = { baseMs: 100, maxMs: 1000 }
    expect(backoffDelay(1, options, () => 0)).toBe(50)
    expect(backoffDelay(1, options, () => 1)).toBe(100)
    expect(backoffDelay(3, options, () => 0)).toBe(200)
    expect(backoffDelay(10, options, () => 1)).toBe(1000)
  })

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000)
    expect(retryAfterMs('Sun, 29 Nov 2026 10:00:05 GMT', Date.parse('2026-11-29T10:00:00Z'))).toBe(5000)
    expect(retryAfterMs(null)).toBeUndefined()
    expect(retryAfterMs('soon')).toBeUndefined()
  })
})

describe('statement comparison', () => {
  it('ignores what the LRS assigns, key order, timestamp form and duration past 0.01 s', () => {
    const { statement } = sample(1)
    const sent = { ...statement, result: { duration: 'PT1.234S' } }
    const stored = {
      stored: '2026-11-29T10:00:00Z',
      authority: { objectType: 'Agent', mbox: 'mailto:lrs@example.com' },
      version: '2.0.0',
      result: { duration: 'PT1.23S' },
      ...statement,
      id: statement.id.toUpperCase(),
      timestamp: '2026-11-29T09:00:00.000+01:00',
    }
    expect(sameStatement(stored, sent)).toBe(true)
    expect(sameStatement({ ...stored, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } }, sent)).toBe(
      false,
    )
  })
})

it('keeps a statement that is not valid xAPI as failed without sending it, and reports its status', async () => {
  const store = createMemoryQueueStore()
  const statuses: TransportStatus[] = []
  const invalid = sample(1)
  invalid.statement.timestamp = 'yesterday'
  let requests = 0
  const transport = createTransport({
    store,
    endpoint: 'http://127.0.0.1:9/xapi',
    auth: { kind: 'basic', key: 'k', secret: 's' },
    version: '2.0.0',
    batchDelayMs: 0,
    fetch: async () => {
      requests++
      return new Response('nothing here', { status: 500 })
    },
  })
  transport.subscribe((status) => statuses.push(status))
  await transport.enqueue([invalid])
  await transport.drain(5000)
  await transport.stop()
  expect(requests).toBe(0)
  const failed = await store.failed()
  expect(failed.map((failure) => [failure.id, failure.kind])).toEqual([[invalid.statement.id, 'rejected']])
  expect(failed[0]!.reason).toMatch(/\$\.timestamp/)
  expect(transport.status()).toMatchObject({ failed: 1, queued: 0, sent: 0, state: 'stopped' })
  expect(statuses.map((status) => status.state)).toContain('idle')
})
