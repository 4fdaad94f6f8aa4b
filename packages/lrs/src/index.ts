export { startLrsServer, type LrsServer, type LrsServerOptions } from './http/lrs-server.ts'
export { defaultLimits, type LrsLimits } from './config.ts'
export { openSqliteStorage, type SqliteStorageOptions } from './storage/sqlite/sqlite-storage.ts'
export type {
  AttachmentContent,
  CredentialRecord,
  DocumentKey,
  DocumentScope,
  InsertOutcome,
  LrsStorage,
  StatementPage,
  StatementQuery,
  StatementRecord,
  StoredDocument,
} from './storage/storage.ts'
export {
  addCredential,
  credentialVerifier,
  hashSecret,
  verifySecret,
  type NewCredential,
} from './credentials/credentials.ts'
export { scopes, isScope, type Scope } from './credentials/scopes.ts'
export { supportedVersions } from './resources/about.ts'
export { statementKeys } from './storage/statement-keys.ts'
export { sameStatement, type CompareOptions } from '@practicum/xapi'
export { openPostgresStorage, type PostgresStorageOptions } from './storage/postgres/postgres-storage.ts'
