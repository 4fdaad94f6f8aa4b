// One contract, two storages: what the LRS relies on, checked against SQLite and PostgreSQL alike.
import { mkdtempSync, existsSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sameStatement, statementKeys, type StatementRecord } from '@practicum/lrs'
import { storageKinds, type TestStorage } from './support/storages.ts'

const same = (a: string, b: string) => sameStatement(JSON.parse(a) as never, JSON.parse(b) as never)

function record(
  overrides: Record<string, unknown> = {},
  extra: Partial<StatementRecord> = {},
): StatementRecord {
  const id = crypto.randomUUID()
  const stored = new Date().toISOString()
  const statement = {
    id,
    actor: { mbox: 'mailto:a@example.com' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' },
    object: { id: 'https://practicum.dev/activities/contract' },
    stored,
    ...overrides,
  }
  return { id, statement, stored, keys: statementKeys(statement, 'key1'), ...extra }
}

describe.each(storageKinds)('storage contract on $name', (kind) => {
  let store: TestStorage
  beforeEach(async () => {
    store = await kind.open()
  })
  afterEach(async () => {
    await store.dispose()
  })

  it('runs its migrations at open (schema version 1)', async () => {
    expect(await store.storage.schemaVersion()).toBe(1)
  })

  it('stores a batch atomically: a conflicting id stores nothing', async () => {
    const first = record()
    expect(await store.storage.insertStatements([first], [], same)).toEqual({ conflicts: [], inserted: 1 })
    const changed = {
      ...first,
      statement: { ...first.statement, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } },
    }
    const fresh = record()
    const outcome = await store.storage.insertStatements([fresh, changed], [], same)
    expect(outcome.conflicts).toEqual([first.id])
    expect(await store.storage.getStatement(fresh.id)).toBeUndefined()
    expect(await store.storage.countStatements()).toBe(1)
    expect((await store.storage.insertStatements([first], [], same)).inserted).toBe(0)
  })

  it('voids the target of a voiding statement, even when the voiding statement came first', async () => {
    const target = record()
    const voiding = record(
      {
        verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
        object: { objectType: 'StatementRef', id: target.id },
      },
      { voids: target.id, refersTo: target.id },
    )
    await store.storage.insertStatements([target], [], same)
    await store.storage.insertStatements([voiding], [], same)
    expect((await store.storage.getStatement(target.id))?.voided).toBe(true)
    const late = record()
    const early = record(
      {
        verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
        object: { objectType: 'StatementRef', id: late.id },
      },
      { voids: late.id, refersTo: late.id },
    )
    await store.storage.insertStatements([early], [], same)
    await store.storage.insertStatements([late], [], same)
    expect((await store.storage.getStatement(late.id))?.voided).toBe(true)
    const page = await store.storage.queryStatements({
      keys: ['o|https://practicum.dev/activities/contract'],
      ascending: false,
      limit: 10,
    })
    expect(page.records.map((row) => row.statement.id)).not.toContain(target.id)
  })

  it('queries by keys, newest first, pages without overlap, and honours since/until', async () => {
    const records = Array.from({ length: 7 }, () =>
      record({ context: { registration: '0f9c5b6e-4c55-4bfa-9f0a-3d1b2a6c7e80' } }),
    )
    for (const item of records) await store.storage.insertStatements([item], [], same)
    const query = {
      keys: ['g|0f9c5b6e-4c55-4bfa-9f0a-3d1b2a6c7e80', 'a|mbox:mailto:a@example.com'],
      ascending: false,
      limit: 3,
    }
    const seen: unknown[] = []
    let page = await store.storage.queryStatements(query)
    seen.push(...page.records.map((row) => row.statement.id))
    while (page.nextAfterSeq !== undefined) {
      page = await store.storage.queryStatements({ ...query, afterSeq: page.nextAfterSeq })
      seen.push(...page.records.map((row) => row.statement.id))
    }
    expect(seen).toEqual(records.map((item) => item.id).reverse())
    const none = await store.storage.queryStatements({ ...query, since: '2999-01-01T00:00:00.000Z' })
    expect(none.records).toEqual([])
    const all = await store.storage.queryStatements({
      ...query,
      until: '2999-01-01T00:00:00.000Z',
      limit: 100,
    })
    expect(all.records).toHaveLength(7)
  })

  it('keeps attachments by sha2', async () => {
    const content = new TextEncoder().encode('evidence')
    await store.storage.insertStatements(
      [record()],
      [{ sha2: 'ab'.repeat(32), contentType: 'text/plain', content }],
      same,
    )
    const [found] = await store.storage.getAttachments(['ab'.repeat(32)])
    expect(found?.contentType).toBe('text/plain')
    expect(new TextDecoder().decode(found?.content)).toBe('evidence')
  })

  it('puts, lists, replaces and deletes documents', async () => {
    const key = {
      scope: 'state' as const,
      activityId: 'https://a.example/1',
      agent: 'mbox:mailto:a@example.com',
      registration: '',
      documentId: 'd1',
    }
    const document = {
      content: new TextEncoder().encode('{"x":1}'),
      contentType: 'application/json',
      etag: '"1"',
      updated: '2026-01-01T00:00:00.000Z',
    }
    await store.storage.putDocument(key, document)
    await store.storage.putDocument(
      { ...key, documentId: 'd2' },
      { ...document, updated: '2026-06-01T00:00:00.000Z' },
    )
    expect(await store.storage.listDocumentIds(key)).toEqual(['d1', 'd2'])
    expect(await store.storage.listDocumentIds(key, '2026-03-01T00:00:00.000Z')).toEqual(['d2'])
    await store.storage.putDocument(key, { ...document, etag: '"2"' })
    expect((await store.storage.getDocument(key))?.etag).toBe('"2"')
    await store.storage.deleteDocuments({ ...key, documentId: '' })
    expect(await store.storage.listDocumentIds(key)).toEqual([])
  })

  it('stores credentials, lists and revokes them', async () => {
    await store.storage.putCredential({
      key: 'k1',
      secretHash: 'scrypt$x$y',
      scopes: ['all'],
      label: 'l',
      created: '2026-01-01T00:00:00.000Z',
    })
    expect((await store.storage.getCredential('k1'))?.scopes).toEqual(['all'])
    expect(await store.storage.revokeCredential('k1', '2026-02-01T00:00:00.000Z')).toBe(true)
    expect(await store.storage.revokeCredential('k1', '2026-02-02T00:00:00.000Z')).toBe(false)
    expect((await store.storage.listCredentials())[0]?.revoked).toBe('2026-02-01T00:00:00.000Z')
  })

  it('passes its integrity check and writes a backup', async () => {
    await store.storage.insertStatements([record(), record()], [], same)
    expect(await store.storage.checkIntegrity()).toEqual([])
    const destination = path.join(mkdtempSync(path.join(tmpdir(), 'practicum-backup-')), 'backup.bin')
    await store.storage.backup(destination)
    expect(existsSync(destination) && statSync(destination).size > 0).toBe(true)
  })
})
