/** A statement as the LRS keeps it: the stored JSON plus what queries need. */
export interface StatementRecord {
  id: string
  /** The statement exactly as stored (id, stored, authority, version filled in). */
  statement: Record<string, unknown>
  /** ISO 8601 UTC with milliseconds, e.g. 2026-11-29T22:10:00.000Z. */
  stored: string
  /** Index keys (see statement-keys.ts): agents, verb, activities, registration, authority. */
  keys: string[]
  /** The id this statement voids, when its verb is voided. */
  voids?: string
  /** The id its StatementRef object targets: the target's keys also match this statement. */
  refersTo?: string
}

/** An attachment's raw content, addressed by its SHA-2. */
export interface AttachmentContent {
  sha2: string
  contentType: string
  content: Uint8Array
}

/** What a batch insert did: `conflicts` lists ids already stored with a different statement. */
export interface InsertOutcome {
  conflicts: string[]
  inserted: number
}

/** A page of a statement query, newest first unless `ascending`. */
export interface StatementQuery {
  /** Every key must match (AND): `a|…` agent, `r|…` related agent, `v|…` verb, `o|…`/`c|…` activity, `g|…` registration, `h|…` authority. */
  keys: string[]
  since?: string
  until?: string
  ascending: boolean
  limit: number
  /** Paging: only statements after this sequence number in the query's order. */
  afterSeq?: number
  /** Consistency: only statements at or below this sequence number. */
  maxSeq?: number
}

export interface StatementPage {
  records: { seq: number; statement: Record<string, unknown> }[]
  /** The sequence number of the last record, when there may be more. */
  nextAfterSeq?: number
}

/** Which document resource a document belongs to. */
export type DocumentScope = 'state' | 'activity-profile' | 'agent-profile'

/** The address of one document: empty strings where the resource has no such part. */
export interface DocumentKey {
  scope: DocumentScope
  activityId: string
  agent: string
  registration: string
  documentId: string
}

export interface StoredDocument {
  content: Uint8Array
  contentType: string
  etag: string
  updated: string
}

/** A credential as stored: never the secret, only its hash. */
export interface CredentialRecord {
  key: string
  secretHash: string
  scopes: string[]
  label: string
  created: string
  revoked?: string
}

/**
 * Everything the LRS keeps, behind one interface with two implementations: SQLite
 * (`openSqliteStorage`) and PostgreSQL (`openPostgresStorage`). One contract test suite runs
 * against both.
 */
export interface LrsStorage {
  readonly kind: 'sqlite' | 'postgres'
  /** The schema version after migrations ran at open. */
  schemaVersion(): Promise<number>
  /**
   * Stores the batch atomically. An id already stored is skipped when `same(storedJson,
   * incomingJson)` holds and is a conflict otherwise; nothing is stored when any id conflicts.
   */
  insertStatements(
    records: StatementRecord[],
    attachments: AttachmentContent[],
    same: (stored: string, incoming: string) => boolean,
  ): Promise<InsertOutcome>
  getStatement(id: string): Promise<{ statement: Record<string, unknown>; voided: boolean } | undefined>
  queryStatements(query: StatementQuery): Promise<StatementPage>
  /** The highest sequence number stored (0 when empty). */
  lastSeq(): Promise<number>
  getAttachments(sha2s: readonly string[]): Promise<AttachmentContent[]>
  countStatements(): Promise<number>
  getDocument(key: DocumentKey): Promise<StoredDocument | undefined>
  putDocument(key: DocumentKey, document: StoredDocument): Promise<void>
  /** Deletes one document, or all of a scope/activity/agent/registration when documentId is empty. */
  deleteDocuments(key: DocumentKey): Promise<void>
  listDocumentIds(key: Omit<DocumentKey, 'documentId'>, since?: string): Promise<string[]>
  getActivity(id: string): Promise<Record<string, unknown> | undefined>
  putActivities(activities: Map<string, Record<string, unknown>>): Promise<void>
  getAgentNames(agentKey: string): Promise<string[]>
  /** Remembers names seen for agents: pairs of (agent key, name). */
  putAgentNames(pairs: readonly (readonly [string, string])[]): Promise<void>
  putCredential(credential: CredentialRecord): Promise<void>
  listCredentials(): Promise<CredentialRecord[]>
  getCredential(key: string): Promise<CredentialRecord | undefined>
  revokeCredential(key: string, when: string): Promise<boolean>
  /** Checks integrity: SQLite's integrity_check, PostgreSQL's constraint queries; returns problems. */
  checkIntegrity(): Promise<string[]>
  /** Writes a consistent copy to `destination` (a file for SQLite, a pg_dump file for PostgreSQL). */
  backup(destination: string): Promise<void>
  close(): Promise<void>
}
