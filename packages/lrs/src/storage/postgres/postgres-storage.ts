import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { statementQuerySql } from '../statement-sql.ts'
import type { CredentialRecord, LrsStorage } from '../storage.ts'
import { ClientPool } from './client-pool.ts'
import { postgresMigrations } from './postgres-migrations.ts'

/** Options of the PostgreSQL storage. */
export interface PostgresStorageOptions {
  /** A connection string, e.g. postgres://user:pass@127.0.0.1:5432/practicum */
  connectionString: string
  /** @defaultValue 10 */
  maxConnections?: number
  /** Where `pg_dump` lives, for backup. @defaultValue found on PATH */
  pgDumpPath?: string
}

type Row = Record<string, unknown>

// Two LRS processes may start together: migrations run under an advisory lock.
const migrationLock = 8370_0001

async function runMigrations(pool: ClientPool): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [migrationLock])
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)',
    )
    const current = Number(
      (await client.query('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations')).rows[0]?.v ?? 0,
    )
    for (const [index, sql] of postgresMigrations.entries()) {
      const version = index + 1
      if (version <= current) continue
      await client.query('BEGIN')
      try {
        await client.query(sql)
        await client.query('INSERT INTO schema_migrations (version, applied) VALUES ($1, $2)', [
          version,
          new Date().toISOString(),
        ])
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw error
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [migrationLock]).catch(() => undefined)
    client.release()
  }
}

function toCredential(row: Row): CredentialRecord {
  const credential: CredentialRecord = {
    key: String(row.key),
    secretHash: String(row.secret_hash),
    scopes: JSON.parse(String(row.scopes)) as string[],
    label: String(row.label),
    created: String(row.created),
  }
  if (row.revoked !== null && row.revoked !== undefined) credential.revoked = String(row.revoked)
  return credential
}

/**
 * Opens the PostgreSQL storage (`pg`, a connection pool) and runs pending migrations. Same
 * contract as the SQLite storage; made for several LRS processes and larger volumes.
 */
export async function openPostgresStorage(options: PostgresStorageOptions): Promise<LrsStorage> {
  const pool = new ClientPool({ connectionString: options.connectionString }, options.maxConnections ?? 10)
  await runMigrations(pool)
  const one = async <T extends Row>(sql: string, params: unknown[] = []): Promise<T | undefined> =>
    (await pool.query(sql, params)).rows[0] as T | undefined

  const storage: LrsStorage = {
    kind: 'postgres',
    async schemaVersion() {
      return Number((await one<{ v: number }>('SELECT MAX(version) AS v FROM schema_migrations'))?.v ?? 0)
    },
    async insertStatements(records, attachments, same) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const inserted = await client.query(
          `INSERT INTO statements (id, body, stored, voids, refers_to)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
           ON CONFLICT (id) DO NOTHING RETURNING id, seq`,
          [
            records.map((record) => record.id),
            records.map((record) => JSON.stringify(record.statement)),
            records.map((record) => record.stored),
            records.map((record) => record.voids ?? null),
            records.map((record) => record.refersTo ?? null),
          ],
        )
        const seqById = new Map<string, string>(
          inserted.rows.map((row: Row) => [String(row.id), String(row.seq)]),
        )
        const known = records.filter((record) => !seqById.has(record.id))
        const conflicts: string[] = []
        if (known.length > 0) {
          const existing = await client.query('SELECT id, body FROM statements WHERE id = ANY($1::text[])', [
            known.map((record) => record.id),
          ])
          const bodies = new Map(existing.rows.map((row: Row) => [String(row.id), String(row.body)]))
          for (const record of known) {
            const body = bodies.get(record.id)
            if (body === undefined || !same(body, JSON.stringify(record.statement))) conflicts.push(record.id)
          }
        }
        if (conflicts.length > 0) {
          await client.query('ROLLBACK')
          return { conflicts, inserted: 0 }
        }
        const keys: string[] = []
        const seqs: string[] = []
        for (const record of records) {
          const seq = seqById.get(record.id)
          if (seq === undefined) continue
          for (const key of record.keys) {
            keys.push(key)
            seqs.push(seq)
          }
        }
        if (keys.length > 0)
          await client.query(
            'INSERT INTO statement_keys (key, seq) SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT DO NOTHING',
            [keys, seqs],
          )
        const fresh = records.filter((record) => seqById.has(record.id))
        const voids = fresh.flatMap((record) => (record.voids === undefined ? [] : [record.voids]))
        if (voids.length > 0)
          await client.query(
            'UPDATE statements SET voided = TRUE WHERE id = ANY($1::text[]) AND voids IS NULL',
            [voids],
          )
        const freshIds = fresh.map((record) => record.id)
        await client.query(
          'UPDATE statements s SET voided = TRUE WHERE s.id = ANY($1::text[]) AND s.voids IS NULL AND EXISTS (SELECT 1 FROM statements v WHERE v.voids = s.id)',
          [freshIds],
        )
        const referring = fresh.filter((record) => record.refersTo !== undefined)
        for (const record of referring)
          await client.query(
            `INSERT INTO statement_keys (key, seq) SELECT k.key, $1 FROM statement_keys k JOIN statements t ON t.seq = k.seq
             WHERE t.id = $2 AND k.key NOT LIKE 'h|%' ON CONFLICT DO NOTHING`,
            [seqById.get(record.id), record.refersTo],
          )
        await client.query(
          `INSERT INTO statement_keys (key, seq) SELECT k.key, s.seq FROM statements t JOIN statement_keys k ON k.seq = t.seq
           JOIN statements s ON s.refers_to = t.id WHERE t.id = ANY($1::text[]) AND k.key NOT LIKE 'h|%' ON CONFLICT DO NOTHING`,
          [freshIds],
        )
        for (const attachment of attachments)
          await client.query(
            'INSERT INTO attachments (sha2, content_type, content) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
            [attachment.sha2, attachment.contentType, Buffer.from(attachment.content)],
          )
        await client.query('COMMIT')
        return { conflicts: [], inserted: fresh.length }
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    async getStatement(id) {
      const row = await one<{ body: string; voided: boolean }>(
        'SELECT body, voided FROM statements WHERE id = $1',
        [id.toLowerCase()],
      )
      return row && { statement: JSON.parse(row.body) as Row, voided: row.voided }
    },
    async queryStatements(query) {
      const { sql, params } = statementQuerySql(query, (index) => `$${index}`, 'FALSE', 'join')
      const rows = (await pool.query(sql, params)).rows as { seq: string; body: string }[]
      const page = rows
        .slice(0, query.limit)
        .map((row) => ({ seq: Number(row.seq), statement: JSON.parse(row.body) as Row }))
      const last = page.at(-1)
      return rows.length > query.limit && last ? { records: page, nextAfterSeq: last.seq } : { records: page }
    },
    async lastSeq() {
      return Number(
        (await one<{ seq: string }>('SELECT COALESCE(MAX(seq), 0) AS seq FROM statements'))?.seq ?? 0,
      )
    },
    async getAttachments(sha2s) {
      const rows = (
        await pool.query('SELECT sha2, content_type, content FROM attachments WHERE sha2 = ANY($1::text[])', [
          [...sha2s],
        ])
      ).rows as {
        sha2: string
        content_type: string
        content: Buffer
      }[]
      return rows.map((row) => ({
        sha2: row.sha2,
        contentType: row.content_type,
        content: new Uint8Array(row.content),
      }))
    },
    async countStatements() {
      return Number((await one<{ n: string }>('SELECT COUNT(*) AS n FROM statements'))?.n ?? 0)
    },
    async getDocument(key) {
      const row = await one<{ content: Buffer; content_type: string; etag: string; updated: string }>(
        'SELECT content, content_type, etag, updated FROM documents WHERE scope = $1 AND activity_id = $2 AND agent = $3 AND registration = $4 AND document_id = $5',
        [key.scope, key.activityId, key.agent, key.registration, key.documentId],
      )
      return (
        row && {
          content: new Uint8Array(row.content),
          contentType: row.content_type,
          etag: row.etag,
          updated: row.updated,
        }
      )
    },
    async putDocument(key, document) {
      await pool.query(
        `INSERT INTO documents (scope, activity_id, agent, registration, document_id, content, content_type, etag, updated)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (scope, activity_id, agent, registration, document_id)
         DO UPDATE SET content = excluded.content, content_type = excluded.content_type, etag = excluded.etag, updated = excluded.updated`,
        [
          key.scope,
          key.activityId,
          key.agent,
          key.registration,
          key.documentId,
          Buffer.from(document.content),
          document.contentType,
          document.etag,
          document.updated,
        ],
      )
    },
    async deleteDocuments(key) {
      if (key.documentId !== '')
        await pool.query(
          'DELETE FROM documents WHERE scope = $1 AND activity_id = $2 AND agent = $3 AND registration = $4 AND document_id = $5',
          [key.scope, key.activityId, key.agent, key.registration, key.documentId],
        )
      else
        await pool.query(
          'DELETE FROM documents WHERE scope = $1 AND activity_id = $2 AND agent = $3 AND registration = $4',
          [key.scope, key.activityId, key.agent, key.registration],
        )
    },
    async listDocumentIds(key, since) {
      const rows = (
        await pool.query(
          'SELECT document_id FROM documents WHERE scope = $1 AND activity_id = $2 AND agent = $3 AND registration = $4 AND updated > $5 ORDER BY document_id',
          [key.scope, key.activityId, key.agent, key.registration, since ?? ''],
        )
      ).rows as { document_id: string }[]
      return rows.map((row) => row.document_id)
    },
    async getActivity(id) {
      const row = await one<{ definition: string }>('SELECT definition FROM activities WHERE id = $1', [id])
      return row && (JSON.parse(row.definition) as Row)
    },
    async putActivities(activities) {
      await pool.query(
        `INSERT INTO activities (id, definition) SELECT * FROM unnest($1::text[], $2::text[])
         ON CONFLICT (id) DO UPDATE SET definition = excluded.definition`,
        [[...activities.keys()], [...activities.values()].map((definition) => JSON.stringify(definition))],
      )
    },
    async getAgentNames(agent) {
      const rows = (await pool.query('SELECT name FROM agent_names WHERE agent = $1 ORDER BY name', [agent]))
        .rows as { name: string }[]
      return rows.map((row) => row.name)
    },
    async putAgentNames(pairs) {
      await pool.query(
        'INSERT INTO agent_names (agent, name) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING',
        [pairs.map((pair) => pair[0]), pairs.map((pair) => pair[1])],
      )
    },
    async putCredential(credential) {
      await pool.query(
        'INSERT INTO credentials (key, secret_hash, scopes, label, created, revoked) VALUES ($1, $2, $3, $4, $5, $6)',
        [
          credential.key,
          credential.secretHash,
          JSON.stringify(credential.scopes),
          credential.label,
          credential.created,
          credential.revoked ?? null,
        ],
      )
    },
    async listCredentials() {
      return (await pool.query('SELECT * FROM credentials ORDER BY created, key')).rows.map(toCredential)
    },
    async getCredential(key) {
      const row = await one('SELECT * FROM credentials WHERE key = $1', [key])
      return row && toCredential(row)
    },
    async revokeCredential(key, when) {
      return (
        ((
          await pool.query('UPDATE credentials SET revoked = $1 WHERE key = $2 AND revoked IS NULL', [
            when,
            key,
          ])
        ).rowCount ?? 0) > 0
      )
    },
    async checkIntegrity() {
      const problems: string[] = []
      const orphans = Number(
        (
          await one<{ n: string }>(
            'SELECT COUNT(*) AS n FROM statement_keys k LEFT JOIN statements s ON s.seq = k.seq WHERE s.seq IS NULL',
          )
        )?.n,
      )
      if (orphans > 0) problems.push(`${orphans} index keys point at no statement`)
      const duplicates = Number(
        (
          await one<{ n: string }>(
            'SELECT COUNT(*) AS n FROM (SELECT id FROM statements GROUP BY id HAVING COUNT(*) > 1) d',
          )
        )?.n,
      )
      if (duplicates > 0) problems.push(`${duplicates} statement ids stored more than once`)
      const unindexed = Number(
        (
          await one<{ n: string }>(
            'SELECT COUNT(*) AS n FROM statements s WHERE NOT EXISTS (SELECT 1 FROM statement_keys k WHERE k.seq = s.seq)',
          )
        )?.n,
      )
      if (unindexed > 0) problems.push(`${unindexed} statements have no index keys`)
      return problems
    },
    async backup(destination) {
      mkdirSync(path.dirname(destination), { recursive: true })
      await new Promise<void>((resolve, reject) => {
        const child = spawn(
          options.pgDumpPath ?? 'pg_dump',
          ['--format=custom', `--file=${destination}`, options.connectionString],
          { stdio: ['ignore', 'ignore', 'pipe'] },
        )
        let errors = ''
        child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
        child.on('error', reject)
        child.on('close', (code) =>
          code === 0 ? resolve() : reject(new Error(`pg_dump failed (${code}): ${errors.trim()}`)),
        )
      })
    },
    async close() {
      await pool.end()
    },
  }
  return storage
}
