// Limits answer 413/400 with a clear message; credentials are scoped and stored hashed.
import { createHash, generateKeyPairSync, createSign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addCredential } from '@practicum/lrs'
import { basic, startTestLrs, statement, type TestLrs } from './support/lrs-client.ts'
import { storageKinds, type TestStorage } from './support/storages.ts'

const [sqlite] = storageKinds

describe('limits', () => {
  let store: TestStorage
  let lrs: TestLrs
  beforeAll(async () => {
    store = await (sqlite as (typeof storageKinds)[number]).open()
    lrs = await startTestLrs(store.storage, {
      limits: { maxBodyBytes: 64 * 1024, maxBatchStatements: 5, maxJsonDepth: 16 },
    })
  })
  afterAll(async () => {
    await lrs.close()
    await store.dispose()
  })

  it('answers 413 to a body over the limit', async () => {
    const big = statement({ result: { response: 'x'.repeat(70 * 1024) } })
    const response = await lrs.request('POST', '/xapi/statements', { body: big })
    expect(response.status).toBe(413)
    expect(response.text).toMatch(/larger than the limit of 65536 bytes/)
  })

  it('answers 400 to a batch over the limit, storing nothing', async () => {
    const before = await store.storage.countStatements()
    const response = await lrs.request('POST', '/xapi/statements', {
      body: Array.from({ length: 6 }, () => statement()),
    })
    expect(response.status).toBe(400)
    expect(response.text).toMatch(/at most 5 statements/)
    expect(await store.storage.countStatements()).toBe(before)
  })

  it('answers 400 to JSON nested deeper than the limit', async () => {
    let deep: unknown = 'leaf'
    for (let level = 0; level < 20; level++) deep = { level: deep }
    const response = await lrs.request('POST', '/xapi/statements', {
      body: statement({ result: { extensions: { 'https://x.example/deep': deep } } }),
    })
    expect(response.status).toBe(400)
    expect(response.text).toMatch(/nested deeper than the limit of 16/)
  })

  it('names the JSON path of a validation error', async () => {
    const response = await lrs.request('POST', '/xapi/statements', {
      body: [statement(), statement({ actor: { mbox: 'learner@example.com' } })],
    })
    expect(response.status).toBe(400)
    expect((response.json() as { issues: { path: string }[] }).issues[0]?.path).toBe('$[1].actor.mbox')
  })
})

describe('credentials and scopes', () => {
  let store: TestStorage
  let lrs: TestLrs
  beforeAll(async () => {
    store = await (sqlite as (typeof storageKinds)[number]).open()
    lrs = await startTestLrs(store.storage)
  })
  afterAll(async () => {
    await lrs.close()
    await store.dispose()
  })

  it('never makes a secret that starts with "-" (it would read as an option on a command line)', async () => {
    // without the guard, 1 secret in 64 starts with "-": 300 draws find one 99 % of the time
    const secrets = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        addCredential(store.storage, { scopes: ['state'], label: `draw ${i}` }),
      ),
    )
    expect(secrets.filter(({ secret }) => secret.startsWith('-'))).toEqual([])
    expect(new Set(secrets.map(({ secret }) => secret)).size).toBe(300)
  })

  it('stores secrets hashed: the secret is nowhere in the database file', async () => {
    const credential = await addCredential(store.storage, { scopes: ['statements/write'], label: 'headset' })
    const stored = await store.storage.getCredential(credential.key)
    expect(stored?.secretHash).toMatch(/^scrypt\$/)
    expect(stored?.secretHash).not.toContain(credential.secret)
    const files = ['lrs.sqlite', 'lrs.sqlite-wal'].map((name) => {
      try {
        return readFileSync(path.join(store.location, name)).toString('latin1')
      } catch {
        return ''
      }
    })
    expect(files.join('').includes(credential.secret)).toBe(false)
  })

  it('refuses missing or wrong credentials with 401', async () => {
    expect((await lrs.request('GET', '/xapi/statements', { auth: null })).status).toBe(401)
    expect((await lrs.request('GET', '/xapi/statements', { auth: basic(lrs.key, 'wrong') })).status).toBe(401)
  })

  it('statements/write may write but not read; state may not touch statements', async () => {
    const writer = await addCredential(store.storage, { scopes: ['statements/write'], label: 'writer' })
    const auth = basic(writer.key, writer.secret)
    expect((await lrs.request('POST', '/xapi/statements', { body: statement(), auth })).status).toBe(200)
    expect((await lrs.request('GET', '/xapi/statements', { auth })).status).toBe(403)
    const stateOnly = await addCredential(store.storage, { scopes: ['state'], label: 'state' })
    expect(
      (
        await lrs.request('POST', '/xapi/statements', {
          body: statement(),
          auth: basic(stateOnly.key, stateOnly.secret),
        })
      ).status,
    ).toBe(403)
  })

  it('statements/read/mine reads only the statements its own credential wrote', async () => {
    const mine = await addCredential(store.storage, {
      scopes: ['statements/write', 'statements/read/mine'],
      label: 'mine',
    })
    const auth = basic(mine.key, mine.secret)
    const [ownId] = (
      await lrs.request('POST', '/xapi/statements', { body: statement(), auth })
    ).json() as string[]
    const [otherId] = (
      await lrs.request('POST', '/xapi/statements', { body: statement() })
    ).json() as string[]
    const page = (await lrs.request('GET', '/xapi/statements', { auth })).json() as {
      statements: { id: string }[]
    }
    expect(page.statements.map((item) => item.id)).toEqual([ownId])
    expect((await lrs.request('GET', `/xapi/statements?statementId=${otherId}`, { auth })).status).toBe(404)
  })

  it('a revoked key is refused (after the verification cache)', async () => {
    const credential = await addCredential(store.storage, { scopes: ['all'], label: 'temp' })
    await store.storage.revokeCredential(credential.key, new Date().toISOString())
    expect(
      (await lrs.request('GET', '/xapi/statements', { auth: basic(credential.key, credential.secret) }))
        .status,
    ).toBe(401)
  })
})

describe('attachments and signed statements', () => {
  let store: TestStorage
  let lrs: TestLrs
  beforeAll(async () => {
    store = await (sqlite as (typeof storageKinds)[number]).open()
    lrs = await startTestLrs(store.storage)
  })
  afterAll(async () => {
    await lrs.close()
    await store.dispose()
  })

  function multipart(
    json: unknown,
    parts: { content: Buffer; contentType: string }[],
  ): { body: Buffer; type: string } {
    const boundary = 'practicum-test-boundary'
    const chunks: Buffer[] = [
      Buffer.from(`--${boundary}\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(json)}\r\n`),
    ]
    for (const part of parts) {
      const hash = createHash('sha256').update(part.content).digest('hex')
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Type: ${part.contentType}\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ${hash}\r\n\r\n`,
        ),
        part.content,
        Buffer.from('\r\n'),
      )
    }
    chunks.push(Buffer.from(`--${boundary}--\r\n`))
    return { body: Buffer.concat(chunks), type: `multipart/mixed; boundary=${boundary}` }
  }

  it('stores multipart attachments checked by sha2 and returns them with attachments=true', async () => {
    const content = Buffer.from('photo of the lockout tag')
    const sha2 = createHash('sha256').update(content).digest('hex')
    const id = crypto.randomUUID()
    const attachment = {
      usageType: 'https://practicum.dev/evidence',
      display: { en: 'tag' },
      contentType: 'text/plain',
      length: content.length,
      sha2,
    }
    const { body, type } = multipart(statement({ id, attachments: [attachment] }), [
      { content, contentType: 'text/plain' },
    ])
    expect(
      (await lrs.request('POST', '/xapi/statements', { body, headers: { 'Content-Type': type } })).status,
    ).toBe(200)
    const back = await lrs.request('GET', `/xapi/statements?statementId=${id}&attachments=true`)
    expect(back.headers.get('content-type')).toMatch(/^multipart\/mixed; boundary=/)
    expect(back.text).toContain('photo of the lockout tag')
    const wrong = multipart(statement({ attachments: [{ ...attachment, sha2: 'cd'.repeat(32) }] }), [
      { content, contentType: 'text/plain' },
    ])
    expect(
      (
        await lrs.request('POST', '/xapi/statements', {
          body: wrong.body,
          headers: { 'Content-Type': wrong.type },
        })
      ).status,
    ).toBe(400)
  })

  it('keeps a signed statement intact and refuses one whose JWS payload differs', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const signedStatement = statement({ id: crypto.randomUUID() })
    const sign = (payload: unknown) => {
      const head = Buffer.from(JSON.stringify({ alg: 'RS256' })).toString('base64url')
      const body = Buffer.from(JSON.stringify(payload)).toString('base64url')
      const signature = createSign('RSA-SHA256')
        .update(`${head}.${body}`)
        .sign(privateKey)
        .toString('base64url')
      return Buffer.from(`${head}.${body}.${signature}`)
    }
    const send = async (jws: Buffer) => {
      const sha2 = createHash('sha256').update(jws).digest('hex')
      const attachment = {
        usageType: 'http://adlnet.gov/expapi/attachments/signature',
        display: { en: 'signature' },
        contentType: 'application/octet-stream',
        length: jws.length,
        sha2,
      }
      const { body, type } = multipart({ ...signedStatement, attachments: [attachment] }, [
        { content: jws, contentType: 'application/octet-stream' },
      ])
      return lrs.request('POST', '/xapi/statements', { body, headers: { 'Content-Type': type } })
    }
    expect(
      (await send(sign({ ...signedStatement, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } })))
        .status,
    ).toBe(400)
    expect((await send(sign(signedStatement))).status).toBe(200)
    const stored = (
      await lrs.request('GET', `/xapi/statements?statementId=${String(signedStatement.id)}`)
    ).json() as { attachments: unknown[] }
    expect(stored.attachments).toHaveLength(1)
  })
})
