// The queue-store contract: every QueueStore (files in Node, IndexedDB in browsers) must pass it.
// Plain TypeScript without Vitest, so the same checks run in a bundled page in Chromium.
import type { OutgoingStatement, QueueStore } from '@practicum/xapi'

/** Opens the same backing store every time it is called (a reopen after a restart). */
export type Reopen = () => Promise<QueueStore>

export interface ContractCheck {
  name: string
  /** `fresh` gives a new, empty backing store and the function that reopens it. */
  run: (fresh: () => Promise<Reopen>) => Promise<void>
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message)
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** A small valid statement with a recognisable id. */
export function sample(n: number, attachment = false): OutgoingStatement {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
  const text = JSON.stringify({ recording: n })
  return {
    statement: {
      id,
      actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: `l${n}` } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { en: 'attempted' } },
      object: { objectType: 'Activity', id: `https://w3id.org/practicum/scenarios/s${n}` },
      timestamp: '2026-11-29T08:00:00.000Z',
      ...(attachment
        ? {
            attachments: [
              {
                usageType: 'https://w3id.org/practicum/xapi/attachments/recording',
                display: { en: 'r' },
                contentType: 'application/json',
                length: text.length,
                sha2: 'ab'.repeat(32),
              },
            ],
          }
        : {}),
    },
    attachments: attachment ? [{ sha2: 'ab'.repeat(32), contentType: 'application/json', text }] : [],
  }
}

const ids = (items: { id: string }[]) => items.map((item) => item.id)

export const queueStoreContract: ContractCheck[] = [
  {
    name: 'starts empty',
    async run(fresh) {
      const store = await (await fresh())()
      check((await store.size()) === 0, 'size is not 0')
      check((await store.head(10)).length === 0, 'head is not empty')
      check((await store.failed()).length === 0, 'failed is not empty')
    },
  },
  {
    name: 'keeps append order; head gives the oldest first, at most limit',
    async run(fresh) {
      const store = await (await fresh())()
      await store.append([sample(3), sample(1)])
      await store.append([sample(2)])
      const head = await store.head(2)
      check(
        same(ids(head), [sample(3).statement.id, sample(1).statement.id]),
        `head order: ${ids(head).join()}`,
      )
      check((await store.size()) === 3, 'size is not 3')
      const all = await store.head(10)
      check(
        all.every((item, i) => i === 0 || item.seq > all[i - 1]!.seq),
        'seq does not grow',
      )
      check(same(all[0]!.statement, sample(3).statement), 'the statement changed in the store')
    },
  },
  {
    name: 'never queues an id twice',
    async run(fresh) {
      const store = await (await fresh())()
      await store.append([sample(1), sample(1), sample(2)])
      await store.append([sample(2), sample(3)])
      check(
        same(
          ids(await store.head(10)),
          [1, 2, 3].map((n) => sample(n).statement.id),
        ),
        'an id was queued twice',
      )
    },
  },
  {
    name: 'removes only the ids named, keeping the order of the rest',
    async run(fresh) {
      const store = await (await fresh())()
      await store.append([1, 2, 3, 4].map((n) => sample(n)))
      await store.remove([sample(2).statement.id, sample(9).statement.id])
      check(
        same(
          ids(await store.head(10)),
          [1, 3, 4].map((n) => sample(n).statement.id),
        ),
        'remove order',
      )
      await store.remove([sample(1).statement.id, sample(3).statement.id, sample(4).statement.id])
      check((await store.size()) === 0, 'not empty after removing all')
    },
  },
  {
    name: 'keeps failures with their kind, reason, statement and attachments, out of the queue',
    async run(fresh) {
      const store = await (await fresh())()
      await store.append([sample(1), sample(2, true)])
      const [, second] = await store.head(2)
      await store.fail(second!, 'conflict', 'another statement holds the id')
      const failed = await store.failed()
      check(failed.length === 1, 'not one failure')
      check(
        failed[0]!.kind === 'conflict' && failed[0]!.reason === 'another statement holds the id',
        'kind/reason',
      )
      check(same(failed[0]!.statement, sample(2, true).statement), 'failed statement changed')
      check(same(failed[0]!.attachments, sample(2, true).attachments), 'failed attachments changed')
      check(same(ids(await store.head(10)), [sample(1).statement.id]), 'the failure is still queued')
    },
  },
  {
    name: 'survives a reopen: same queue, attachments intact, new appends go after the old',
    async run(fresh) {
      const reopen = await fresh()
      const first = await reopen()
      await first.append([sample(1), sample(2, true)])
      await first.remove([sample(1).statement.id])
      const second = await reopen()
      await second.append([sample(3)])
      const head = await second.head(10)
      check(
        same(
          ids(head),
          [2, 3].map((n) => sample(n).statement.id),
        ),
        `after reopen: ${ids(head).join()}`,
      )
      check(same(head[0]!.attachments, sample(2, true).attachments), 'attachments changed across reopen')
      check(head[1]!.seq > head[0]!.seq, 'seq went back after reopen')
    },
  },
]

/** Runs every check; resolves to the failures (name and message), empty when the store conforms. */
export async function runQueueStoreContract(
  fresh: () => Promise<Reopen>,
): Promise<{ name: string; error: string }[]> {
  const failures: { name: string; error: string }[] = []
  for (const contractCheck of queueStoreContract) {
    try {
      await contractCheck.run(fresh)
    } catch (error) {
      failures.push({ name: contractCheck.name, error: (error as Error).message })
    }
  }
  return failures
}
