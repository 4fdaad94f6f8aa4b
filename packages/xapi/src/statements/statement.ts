/** A language map: RFC 5646 tag → text. */
export type LanguageMap = Record<string, string>

/** An xAPI Agent identified by an account or by the SHA-1 of its mailbox. */
export type Learner =
  | { objectType: 'Agent'; name?: string; account: { homePage: string; name: string } }
  | { objectType: 'Agent'; name?: string; mbox_sha1sum: string }

/** An Activity object with its definition. */
export interface Activity {
  objectType: 'Activity'
  id: string
  definition?: {
    type?: string
    name?: LanguageMap
    description?: LanguageMap
    extensions?: Record<string, unknown>
  }
}

/** An attachment's metadata in a statement (its content travels in a multipart/mixed part). */
export interface AttachmentMetadata {
  usageType: string
  display: LanguageMap
  contentType: string
  length: number
  sha2: string
  description?: LanguageMap
  fileUrl?: string
}

/** The statements this package writes (a subset of xAPI 2.0.0's Statement). */
export interface Statement {
  id: string
  actor: Learner
  verb: { id: string; display: LanguageMap }
  object: Activity
  result?: {
    success?: boolean
    completion?: boolean
    duration?: string
    /** `scaled` always: xAPI.js's types require it, and readers of competencies rely on it. */
    score?: { scaled: number; raw?: number; min?: number; max?: number }
    extensions?: Record<string, unknown>
  }
  context?: {
    registration?: string
    platform?: string
    language?: string
    contextActivities?: {
      parent?: Activity[]
      grouping?: Activity[]
      category?: Activity[]
      other?: Activity[]
    }
    contextAgents?: { objectType: 'contextAgent'; agent: Learner; relevantTypes?: string[] }[]
    extensions?: Record<string, unknown>
  }
  timestamp: string
  attachments?: AttachmentMetadata[]
}

/** An attachment's content, kept with its statement until delivered. */
export interface AttachmentContent {
  sha2: string
  contentType: string
  /** The bytes as UTF-8 text (recordings are JSON). */
  text: string
}

/** A statement with the contents of its attachments. */
export interface OutgoingStatement {
  statement: Statement
  attachments: AttachmentContent[]
}
