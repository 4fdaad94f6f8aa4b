import type { XapiVersion } from '@practicum/xapi'
import { HttpError } from '../http/http-error.ts'
import type { AttachmentContent, LrsStorage } from '../storage/storage.ts'
import { sameStatement } from '@practicum/xapi'
import { agentNamesOf, definitionsOf, mergeDefinition } from './definitions.ts'
import { prepareStatement, type StatementAuthor } from './prepare.ts'

type Json = Record<string, unknown>

/** One request's statements, validated, waiting to be stored. */
export interface WriteJob {
  statements: Json[]
  attachments: AttachmentContent[]
  version: XapiVersion
  author: StatementAuthor
  /** The credential may (re)define activities (scope define or all). */
  mayDefine: boolean
}

/** Stores statements; says up to when the stored statements are complete. */
export interface StatementWriter {
  write: (job: WriteJob) => Promise<string[]>
  /**
   * The X-Experience-API-Consistent-Through instant: now when no commit is running, else just
   * before the `stored` of the commit in flight (its statements are not visible yet).
   */
  consistentThrough: () => string
}

interface Pending {
  job: WriteJob
  resolve: (ids: string[]) => void
  reject: (error: unknown) => void
}

function idsOf(job: WriteJob): string[] {
  return job.statements.flatMap((statement) =>
    typeof statement.id === 'string' ? [statement.id.toLowerCase()] : [],
  )
}

async function updateDefinitions(storage: LrsStorage, jobs: readonly WriteJob[]): Promise<void> {
  const changed = new Map<string, Json>()
  for (const job of jobs) {
    for (const [id, definition] of definitionsOf(job.statements)) {
      const existing = changed.get(id) ?? (await storage.getActivity(id))
      if (existing === undefined) changed.set(id, definition)
      else if (job.mayDefine && Object.keys(definition).length > 0) {
        const merged = mergeDefinition(existing, definition)
        if (JSON.stringify(merged) !== JSON.stringify(existing)) changed.set(id, merged)
      }
    }
  }
  if (changed.size > 0) await storage.putActivities(changed)
  const names = jobs.flatMap((job) => agentNamesOf(job.statements))
  if (names.length > 0) await storage.putAgentNames(names)
}

/**
 * Stores statements with group commit: requests that arrive while a commit is running are
 * stored together in the next transaction (one durable commit for many requests), each keeping
 * its own answer. If the combined batch meets a conflicting id, each request is retried alone so
 * only the conflicting one gets its 409. Writes of one process stay in order, so `stored` grows
 * with the sequence number.
 */
export function createStatementWriter(storage: LrsStorage, maxGroupStatements = 2000): StatementWriter {
  const pending: Pending[] = []
  let draining = false
  let inFlightStored: string | undefined

  async function commit(group: Pending[]): Promise<void> {
    const stored = new Date().toISOString()
    inFlightStored = stored
    const prepared = group.map((entry) => ({
      entry,
      records: entry.job.statements.map((statement) =>
        prepareStatement(statement, entry.job.version, entry.job.author, stored),
      ),
    }))
    // A statement sent without timestamp got `stored` as its timestamp: leave it out when comparing a re-send.
    const withoutTimestamp = new Set(
      group.flatMap((entry) =>
        entry.job.statements
          .filter((statement) => statement.timestamp === undefined)
          .map((statement) => String(statement.id).toLowerCase()),
      ),
    )
    const same = (storedJson: string, incomingJson: string) => {
      const incoming = JSON.parse(incomingJson) as Json
      return sameStatement(JSON.parse(storedJson) as Json, incoming, {
        ignoreTimestamp: withoutTimestamp.has(String(incoming.id)),
      })
    }
    const insert = async (items: typeof prepared): Promise<string[]> => {
      const outcome = await storage.insertStatements(
        items.flatMap((item) => item.records),
        items.flatMap((item) => item.entry.job.attachments),
        same,
      )
      return outcome.conflicts
    }
    try {
      const conflicts = await insert(prepared)
      const stand = conflicts.length === 0 ? prepared : []
      if (conflicts.length > 0) {
        for (const item of prepared) {
          const own = prepared.length === 1 ? conflicts : await insert([item])
          if (own.length > 0)
            item.entry.reject(
              new HttpError(409, `a different statement is already stored with id ${own.join(', ')}`),
            )
          else stand.push(item)
        }
      }
      await updateDefinitions(
        storage,
        stand.map((item) => item.entry.job),
      )
      for (const item of stand) item.entry.resolve(item.records.map((record) => record.id))
    } catch (error) {
      for (const item of prepared) item.entry.reject(error)
    } finally {
      inFlightStored = undefined
    }
  }

  async function drain(): Promise<void> {
    draining = true
    try {
      while (pending.length > 0) {
        const group: Pending[] = []
        const ids = new Set<string>()
        let count = 0
        for (;;) {
          const next = pending[0]
          if (next === undefined) break
          const nextIds = idsOf(next.job)
          const overlaps = nextIds.some((id) => ids.has(id))
          if (group.length > 0 && (overlaps || count + next.job.statements.length > maxGroupStatements)) break
          pending.shift()
          group.push(next)
          nextIds.forEach((id) => ids.add(id))
          count += next.job.statements.length
        }
        await commit(group)
      }
    } finally {
      draining = false
    }
  }

  return {
    consistentThrough() {
      return inFlightStored === undefined
        ? new Date().toISOString()
        : new Date(Date.parse(inFlightStored) - 1).toISOString()
    },
    write(job) {
      return new Promise<string[]>((resolve, reject) => {
        pending.push({ job, resolve, reject })
        if (!draining) void drain()
      })
    },
  }
}
