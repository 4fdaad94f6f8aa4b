import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMemoryQueueStore } from '@practicum/xapi'
import { openFileQueueStore } from '@practicum/xapi/node'
import { queueStoreContract, runQueueStoreContract, sample } from './support/queue-store-contract.ts'

const freshFolder = async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'practicum-queue-contract-'))
  return () => openFileQueueStore(dir)
}

describe('the file queue store passes the queue-store contract', () => {
  for (const contractCheck of queueStoreContract) it(contractCheck.name, () => contractCheck.run(freshFolder))
})

it('the contract fails a store that loses its queue on reopen (the contract can fail)', async () => {
  const failures = await runQueueStoreContract(async () => () => Promise.resolve(createMemoryQueueStore()))
  expect(failures.map((failure) => failure.name)).toEqual([
    'survives a reopen: same queue, attachments intact, new appends go after the old',
  ])
})

it('leaves whole files only: a torn temporary file is ignored on reopen', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'practicum-queue-torn-'))
  const store = await openFileQueueStore(dir)
  await store.append([sample(1)])
  writeFileSync(path.join(dir, 'queue', '0000000000000001-x.json.123.tmp'), '{"half')
  const reopened = await openFileQueueStore(dir)
  expect((await reopened.head(10)).map((item) => item.id)).toEqual([sample(1).statement.id])
})
