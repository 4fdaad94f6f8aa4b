import type { XapiVersion } from '../validation/index.ts'
import { authorizationHeader, type LrsAuth } from './lrs-auth.ts'

/** Where and how to reach an LRS. */
export interface LrsEndpoint {
  /** The xAPI endpoint, e.g. http://127.0.0.1:8370/xapi */
  endpoint: string
  auth: LrsAuth
  /** @defaultValue globalThis.fetch */
  fetch?: typeof fetch
  /** A request that takes longer is abandoned (and retried). @defaultValue 15000 */
  timeoutMs?: number
}

/** The answer to one request, read whole. */
export interface LrsAnswer {
  status: number
  headers: Headers
  text: string
}

/** Sends one request to the LRS; network errors and timeouts reject. */
export async function lrsRequest(
  lrs: LrsEndpoint,
  method: string,
  resource: string,
  options: { version?: XapiVersion; contentType?: string; body?: string; keepalive?: boolean } = {},
): Promise<LrsAnswer> {
  const headers: Record<string, string> = { Authorization: authorizationHeader(lrs.auth) }
  if (options.version) headers['X-Experience-API-Version'] = options.version
  if (options.contentType) headers['Content-Type'] = options.contentType
  const base = lrs.endpoint.endsWith('/') ? lrs.endpoint : `${lrs.endpoint}/`
  const response = await (lrs.fetch ?? fetch)(`${base}${resource}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: options.body } : {}),
    ...(options.keepalive ? { keepalive: true } : {}),
    signal: AbortSignal.timeout(lrs.timeoutMs ?? 15_000),
  })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

/**
 * The version to speak to an LRS: the newest of 2.0.0 and 1.0.3 its `/about` lists.
 * Rejects when `/about` cannot be read (the transport retries).
 */
export async function negotiateVersion(lrs: LrsEndpoint): Promise<XapiVersion> {
  const answer = await lrsRequest(lrs, 'GET', 'about')
  if (answer.status !== 200) throw new Error(`GET /about answered ${answer.status}`)
  const about = JSON.parse(answer.text) as { version?: unknown }
  const versions = Array.isArray(about.version) ? about.version.map(String) : []
  if (versions.some((version) => /^2\.0(\.\d+)?$/.test(version))) return '2.0.0'
  if (versions.some((version) => /^1\.0(\.\d+)?$/.test(version))) return '1.0.3'
  throw new Error(`the LRS speaks neither 2.0.0 nor 1.0.3 (about: ${versions.join(', ') || 'no versions'})`)
}
