import type { XapiVersion } from '@practicum/xapi'
import type { LrsLimits } from '../config.ts'
import type { StatementWriter } from '../statements/statement-writer.ts'
import type { CredentialRecord, LrsStorage } from '../storage/storage.ts'

/** A request after alternate-syntax unwrapping, version negotiation and authentication. */
export interface LrsRequest {
  method: string
  /** The path under the base, e.g. `statements` or `activities/state`. */
  resource: string
  params: Map<string, string>
  /** Header values by lower-case name. */
  headers: Record<string, string | undefined>
  body: Buffer
  version: XapiVersion
  credential: CredentialRecord
}

/** What a resource answers. A body object is sent as JSON. */
export interface LrsResponse {
  status: number
  headers?: Record<string, string>
  body?: Buffer | string | object
}

/** What every resource handler can reach. */
export interface LrsContext {
  storage: LrsStorage
  limits: LrsLimits
  /** The IRL used as homePage of the authority agents of credentials. */
  authorityHomePage: string
  /** Stores statements in order, with group commit (SQLite has one writer; keeps `stored` ordered). */
  writer: StatementWriter
}

/** A resource: answers one request. */
export type ResourceHandler = (request: LrsRequest, context: LrsContext) => Promise<LrsResponse>
