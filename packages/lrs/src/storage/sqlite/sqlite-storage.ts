import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type {
  AttachmentContent,
  CredentialRecord,
  InsertOutcome,
  LrsStorage,
  StatementRecord,
} from '../storage.ts'
import { statementQuerySql } from '../statement-sql.ts'
import { sqliteMigrations } from './sqlite-migrations.ts'

/** Options of the SQLite storage. */
export interface SqliteStorageOptions {
  /** The data folder; the database is `lrs.sqlite` inside it. */
  dataDir: string
  /**
   * `full` fsyncs every commit (survives power loss); `normal` survives a killed process only.
   * @defaultValue 'full'
   */
  synchronous?: 'full' | 'normal'
}

type Row = Record<string, unknown>

function runMigrations(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)')
  const current =
    (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0
  sqliteMigrations.forEach((sql, index) => {
    const version = index + 1
    if (version <= current) return
    db.transaction(() => {
      db.exec(sql)
      db.prepare('INSERT INTO schema_migrations (version, applied) VALUES (?, ?)').run(
        version,
        new Date().toISOString(),
      )
    })()
  })
}

/**
 * Opens (creating and migrating if needed) the SQLite storage in `dataDir`: better-sqlite3,
 * write-ahead log, one writer.
 */
export function openSqliteStorage(options: SqliteStorageOptions): LrsStorage {
  mkdirSync(options.dataDir, { recursive: true })
  const db = new Database(path.join(options.dataDir, 'lrs.sqlite'))
  db.pragma('journal_mode = WAL')
  db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`)
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  runMigrations(db)

  const selectBody = db.prepare('SELECT body FROM statements WHERE id = ?')
  const insertStatement = db.prepare(
    'INSERT INTO statements (id, body, stored, voids, refers_to) VALUES (?, ?, ?, ?, ?)',
  )
  const insertKey = db.prepare('INSERT OR IGNORE INTO statement_keys (key, seq) VALUES (?, ?)')
  const voidTarget = db.prepare('UPDATE statements SET voided = 1 WHERE id = ? AND voids IS NULL')
  const voidedLater = db.prepare(
    'UPDATE statements SET voided = 1 WHERE id = ? AND voids IS NULL AND EXISTS (SELECT 1 FROM statements v WHERE v.voids = ?)',
  )
  const copyTargetKeys = db.prepare(
    "INSERT OR IGNORE INTO statement_keys (key, seq) SELECT k.key, ? FROM statement_keys k JOIN statements t ON t.seq = k.seq WHERE t.id = ? AND k.key NOT LIKE 'h|%'",
  )
  const copyToReferrers = db.prepare(
    "INSERT OR IGNORE INTO statement_keys (key, seq) SELECT k.key, s.seq FROM statements s JOIN statement_keys k ON k.seq = ? WHERE s.refers_to = ? AND k.key NOT LIKE 'h|%'",
  )
  const insertAttachment = db.prepare(
    'INSERT OR IGNORE INTO attachments (sha2, content_type, content) VALUES (?, ?, ?)',
  )

  const insertBatch = db.transaction(
    (
      records: StatementRecord[],
      attachments: AttachmentContent[],
      same: (a: string, b: string) => boolean,
    ): InsertOutcome => {
      const conflicts: string[] = []
      const fresh: StatementRecord[] = []
      for (const record of records) {
        const existing = selectBody.get(record.id) as { body: string } | undefined
        if (existing === undefined) fresh.push(record)
        else if (!same(existing.body, JSON.stringify(record.statement))) conflicts.push(record.id)
      }
      if (conflicts.length > 0) return { conflicts, inserted: 0 }
      for (const record of fresh) {
        const seq = Number(
          insertStatement.run(
            record.id,
            JSON.stringify(record.statement),
            record.stored,
            record.voids ?? null,
            record.refersTo ?? null,
          ).lastInsertRowid,
        )
        for (const key of record.keys) insertKey.run(key, seq)
        if (record.voids !== undefined) voidTarget.run(record.voids)
        else voidedLater.run(record.id, record.id)
        if (record.refersTo !== undefined) copyTargetKeys.run(seq, record.refersTo)
        copyToReferrers.run(seq, record.id)
      }
      for (const attachment of attachments)
        insertAttachment.run(attachment.sha2, attachment.contentType, Buffer.from(attachment.content))
      return { conflicts, inserted: fresh.length }
    },
  )

  const storage: LrsStorage = {
    kind: 'sqlite',
    async schemaVersion() {
      return (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number }).v
    },
    async insertStatements(records, attachments, same) {
      return insertBatch(records, attachments, same)
    },
    async getStatement(id) {
      const row = db.prepare('SELECT body, voided FROM statements WHERE id = ?').get(id.toLowerCase()) as
        { body: string; voided: number } | undefined
      return row && { statement: JSON.parse(row.body) as Row, voided: row.voided === 1 }
    },
    async queryStatements(query) {
      const { sql, params } = statementQuerySql(query, () => '?', '0')
      const rows = db.prepare(sql).all(...params) as { seq: number; body: string }[]
      const more = rows.length > query.limit
      const page = rows
        .slice(0, query.limit)
        .map((row) => ({ seq: row.seq, statement: JSON.parse(row.body) as Row }))
      const last = page.at(-1)
      return more && last ? { records: page, nextAfterSeq: last.seq } : { records: page }
    },
    async lastSeq() {
      return (db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM statements').get() as { seq: number }).seq
    },
    async getAttachments(sha2s) {
      const select = db.prepare('SELECT sha2, content_type, content FROM attachments WHERE sha2 = ?')
      return sha2s.flatMap((sha2) => {
        const row = select.get(sha2) as { sha2: string; content_type: string; content: Buffer } | undefined
        return row
          ? [{ sha2: row.sha2, contentType: row.content_type, content: new Uint8Array(row.content) }]
          : []
      })
    },
    async countStatements() {
      return (db.prepare('SELECT COUNT(*) AS n FROM statements').get() as { n: number }).n
    },
    async getDocument(key) {
      const row = db
        .prepare(
          'SELECT content, content_type, etag, updated FROM documents WHERE scope = ? AND activity_id = ? AND agent = ? AND registration = ? AND document_id = ?',
        )
        .get(key.scope, key.activityId, key.agent, key.registration, key.documentId) as
        { content: Buffer; content_type: string; etag: string; updated: string } | undefined
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
      db.prepare(
        `INSERT INTO documents (scope, activity_id, agent, registration, document_id, content, content_type, etag, updated)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (scope, activity_id, agent, registration, document_id)
         DO UPDATE SET content = excluded.content, content_type = excluded.content_type, etag = excluded.etag, updated = excluded.updated`,
      ).run(
        key.scope,
        key.activityId,
        key.agent,
        key.registration,
        key.documentId,
        Buffer.from(document.content),
        document.contentType,
        document.etag,
        document.updated,
      )
    },
    async deleteDocuments(key) {
      if (key.documentId !== '')
        db.prepare(
          'DELETE FROM documents WHERE scope = ? AND activity_id = ? AND agent = ? AND registration = ? AND document_id = ?',
        ).run(key.scope, key.activityId, key.agent, key.registration, key.documentId)
      else
        db.prepare(
          'DELETE FROM documents WHERE scope = ? AND activity_id = ? AND agent = ? AND registration = ?',
        ).run(key.scope, key.activityId, key.agent, key.registration)
    },
    async listDocumentIds(key, since) {
      const rows = db
        .prepare(
          'SELECT document_id FROM documents WHERE scope = ? AND activity_id = ? AND agent = ? AND registration = ? AND updated > ? ORDER BY document_id',
        )
        .all(key.scope, key.activityId, key.agent, key.registration, since ?? '') as { document_id: string }[]
      return rows.map((row) => row.document_id)
    },
    async getActivity(id) {
      const row = db.prepare('SELECT definition FROM activities WHERE id = ?').get(id) as
        { definition: string } | undefined
      return row && (JSON.parse(row.definition) as Row)
    },
    async putActivities(activities) {
      const put = db.prepare(
        'INSERT INTO activities (id, definition) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET definition = excluded.definition',
      )
      db.transaction(() => activities.forEach((definition, id) => put.run(id, JSON.stringify(definition))))()
    },
    async getAgentNames(agent) {
      return (
        db.prepare('SELECT name FROM agent_names WHERE agent = ? ORDER BY name').all(agent) as {
          name: string
        }[]
      ).map((row) => row.name)
    },
    async putAgentNames(pairs) {
      const put = db.prepare('INSERT OR IGNORE INTO agent_names (agent, name) VALUES (?, ?)')
      db.transaction(() => pairs.forEach(([agent, name]) => put.run(agent, name)))()
    },
    async putCredential(credential) {
      db.prepare(
        'INSERT INTO credentials (key, secret_hash, scopes, label, created, revoked) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(
        credential.key,
        credential.secretHash,
        JSON.stringify(credential.scopes),
        credential.label,
        credential.created,
        credential.revoked ?? null,
      )
    },
    async listCredentials() {
      return (db.prepare('SELECT * FROM credentials ORDER BY created, key').all() as Row[]).map(toCredential)
    },
    async getCredential(key) {
      const row = db.prepare('SELECT * FROM credentials WHERE key = ?').get(key) as Row | undefined
      return row && toCredential(row)
    },
    async revokeCredential(key, when) {
      return (
        db.prepare('UPDATE credentials SET revoked = ? WHERE key = ? AND revoked IS NULL').run(when, key)
          .changes > 0
      )
    },
    async checkIntegrity() {
      const problems = (db.pragma('integrity_check') as { integrity_check: string }[])
        .map((row) => row.integrity_check)
        .filter((line) => line !== 'ok')
      const orphans = (
        db
          .prepare(
            'SELECT COUNT(*) AS n FROM statement_keys k LEFT JOIN statements s ON s.seq = k.seq WHERE s.seq IS NULL',
          )
          .get() as { n: number }
      ).n
      if (orphans > 0) problems.push(`${orphans} index keys point at no statement`)
      const duplicates = (
        db
          .prepare('SELECT COUNT(*) AS n FROM (SELECT id FROM statements GROUP BY id HAVING COUNT(*) > 1)')
          .get() as { n: number }
      ).n
      if (duplicates > 0) problems.push(`${duplicates} statement ids stored more than once`)
      return problems
    },
    async backup(destination) {
      mkdirSync(path.dirname(destination), { recursive: true })
      await db.backup(destination)
    },
    async close() {
      db.close()
    },
  }
  return storage
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
