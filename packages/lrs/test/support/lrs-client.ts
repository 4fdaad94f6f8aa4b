import {
  addCredential,
  startLrsServer,
  type LrsLimits,
  type LrsServer,
  type LrsStorage,
} from '@practicum/lrs'

/** What a test request gets back. */
export interface TestResponse {
  status: number
  headers: Headers
  text: string
  json: () => unknown
}

/** A real LRS on a free port with one credential, and a small client for it. */
export interface TestLrs {
  server: LrsServer
  key: string
  secret: string
  request: (
    method: string,
    pathAndQuery: string,
    options?: {
      body?: unknown
      headers?: Record<string, string>
      version?: string | null
      auth?: string | null
    },
  ) => Promise<TestResponse>
  close: () => Promise<void>
}

/** Basic credentials as a header value. */
export function basic(key: string, secret: string): string {
  return `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`
}

/** Starts an LRS over `storage` on a free port, with a credential of `scopes` (default all). */
export async function startTestLrs(
  storage: LrsStorage,
  options: { scopes?: string[]; limits?: Partial<LrsLimits> } = {},
): Promise<TestLrs> {
  const credential = await addCredential(storage, { scopes: options.scopes ?? ['all'], label: 'test' })
  const server = await startLrsServer({
    storage,
    port: 0,
    ...(options.limits ? { limits: options.limits } : {}),
  })
  const origin = server.url.replace(/\/xapi$/, '')
  return {
    server,
    key: credential.key,
    secret: credential.secret,
    async request(method, pathAndQuery, requestOptions = {}) {
      const headers: Record<string, string> = { ...requestOptions.headers }
      if (requestOptions.version !== null)
        headers['X-Experience-API-Version'] = requestOptions.version ?? '2.0.0'
      if (requestOptions.auth !== null)
        headers.Authorization = requestOptions.auth ?? basic(credential.key, credential.secret)
      let body: string | Blob | undefined
      if (requestOptions.body !== undefined) {
        if (typeof requestOptions.body === 'string') body = requestOptions.body
        else if (Buffer.isBuffer(requestOptions.body)) body = new Blob([new Uint8Array(requestOptions.body)])
        else {
          body = JSON.stringify(requestOptions.body)
          headers['Content-Type'] ??= 'application/json'
        }
      }
      const response = await fetch(`${origin}${pathAndQuery}`, {
        method,
        headers,
        ...(body !== undefined ? { body } : {}),
      })
      const text = await response.text()
      return {
        status: response.status,
        headers: response.headers,
        text,
        json: () => JSON.parse(text) as unknown,
      }
    },
    close: () => server.close(),
  }
}

let sequence = 0

/** A valid statement; `overrides` replace top-level properties. */
export function statement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence++
  return {
    actor: { objectType: 'Agent', name: 'Learner', mbox: 'mailto:learner@example.com' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
    object: {
      id: `https://practicum.dev/activities/${sequence % 7}`,
      definition: { name: { 'en-US': 'Lockout' } },
    },
    ...overrides,
  }
}

/** The query string of an agent parameter. */
export function agentQuery(agent: Record<string, unknown>): string {
  return encodeURIComponent(JSON.stringify(agent))
}
