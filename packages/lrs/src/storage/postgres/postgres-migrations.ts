/** The PostgreSQL schema, one entry per version; applied in order at open, never edited once released. */
export const postgresMigrations: readonly string[] = [
  `
  CREATE TABLE statements (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    stored TEXT NOT NULL,
    voided BOOLEAN NOT NULL DEFAULT FALSE,
    voids TEXT,
    refers_to TEXT
  );
  CREATE INDEX statements_voids ON statements (voids) WHERE voids IS NOT NULL;
  CREATE INDEX statements_refers_to ON statements (refers_to) WHERE refers_to IS NOT NULL;
  CREATE INDEX statements_stored ON statements (stored);
  CREATE TABLE statement_keys (
    key TEXT NOT NULL,
    seq BIGINT NOT NULL REFERENCES statements (seq),
    PRIMARY KEY (key, seq)
  );
  CREATE INDEX statement_keys_seq ON statement_keys (seq);
  CREATE TABLE attachments (sha2 TEXT PRIMARY KEY, content_type TEXT NOT NULL, content BYTEA NOT NULL);
  CREATE TABLE documents (
    scope TEXT NOT NULL,
    activity_id TEXT NOT NULL,
    agent TEXT NOT NULL,
    registration TEXT NOT NULL,
    document_id TEXT NOT NULL,
    content BYTEA NOT NULL,
    content_type TEXT NOT NULL,
    etag TEXT NOT NULL,
    updated TEXT NOT NULL,
    PRIMARY KEY (scope, activity_id, agent, registration, document_id)
  );
  CREATE TABLE activities (id TEXT PRIMARY KEY, definition TEXT NOT NULL);
  CREATE TABLE agent_names (agent TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (agent, name));
  CREATE TABLE credentials (
    key TEXT PRIMARY KEY,
    secret_hash TEXT NOT NULL,
    scopes TEXT NOT NULL,
    label TEXT NOT NULL,
    created TEXT NOT NULL,
    revoked TEXT
  );
  `,
]
