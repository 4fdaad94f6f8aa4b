/** Request limits; every one answers with a clear 413 or 400. */
export interface LrsLimits {
  /** Largest JSON body, in bytes (413 beyond). @defaultValue 10 MiB */
  maxBodyBytes: number
  /** Largest multipart body with attachments, in bytes (413 beyond). @defaultValue 50 MiB */
  maxAttachmentBodyBytes: number
  /** Most statements in one POST (400 beyond). @defaultValue 1000 */
  maxBatchStatements: number
  /** Deepest JSON nesting (400 beyond). @defaultValue 64 */
  maxJsonDepth: number
  /** Most statements a GET returns per page; a client's `limit` is capped to it. @defaultValue 500 */
  maxPageStatements: number
}

/** The default limits. */
export const defaultLimits: LrsLimits = {
  maxBodyBytes: 10 * 1024 * 1024,
  maxAttachmentBodyBytes: 50 * 1024 * 1024,
  maxBatchStatements: 1000,
  maxJsonDepth: 64,
  maxPageStatements: 500,
}
