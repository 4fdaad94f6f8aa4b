import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { defaultLimits, type LrsLimits } from '../config.ts'
import { credentialVerifier } from '../credentials/credentials.ts'
import { allows, type Permission } from '../credentials/scopes.ts'
import { about } from '../resources/about.ts'
import { getActivities } from '../resources/activities.ts'
import { getAgents } from '../resources/agents.ts'
import { documentResource } from '../resources/documents.ts'
import { getStatements } from '../resources/statements-read.ts'
import { postStatements, putStatement } from '../resources/statements-write.ts'
import { createStatementWriter } from '../statements/statement-writer.ts'
import type { LrsStorage } from '../storage/storage.ts'
import { unwrapAlternateSyntax } from './alternate-syntax.ts'
import { corsHeaders, preflightHeaders } from './cors.ts'
import { HttpError } from './http-error.ts'
import type { LrsContext, LrsRequest, LrsResponse, ResourceHandler } from './lrs-request.ts'
import { authenticate, negotiateVersion } from './negotiate.ts'
import { readBody } from './read-body.ts'

/** Options of an LRS server. */
export interface LrsServerOptions {
  storage: LrsStorage
  /** @defaultValue 8370 */
  port?: number
  /** @defaultValue '127.0.0.1' */
  host?: string
  /** The path the xAPI resources live under. @defaultValue '/xapi' */
  basePath?: string
  limits?: Partial<LrsLimits>
  /** The homePage of the authority agents the LRS writes. @defaultValue the server's own URL */
  authorityHomePage?: string
  /** Called with unexpected errors (500s). @defaultValue writes to stderr */
  onError?: (error: unknown) => void
}

/** A running LRS server. */
export interface LrsServer {
  server: Server
  /** The xAPI endpoint, e.g. http://127.0.0.1:8370/xapi */
  url: string
  port: number
  /** Stops accepting connections and waits for open requests (the storage stays open). */
  close: () => Promise<void>
}

function guard(permission: Permission, handler: ResourceHandler): ResourceHandler {
  return async (request, context) => {
    if (!allows(request.credential.scopes, permission))
      throw new HttpError(403, `this credential lacks the scope for ${permission}`)
    return handler(request, context)
  }
}

function routes(basePath: string): Record<string, Partial<Record<string, ResourceHandler>>> {
  const readStatements: ResourceHandler = (request, context) => getStatements(request, context, basePath)
  const state = documentResource('state')
  const activityProfile = documentResource('activity-profile')
  const agentProfile = documentResource('agent-profile')
  const documents = (handler: ResourceHandler) => ({
    GET: handler,
    HEAD: handler,
    PUT: handler,
    POST: handler,
    DELETE: handler,
  })
  return {
    statements: {
      GET: guard('statements/read', readStatements),
      HEAD: guard('statements/read', readStatements),
      POST: guard('statements/write', postStatements),
      PUT: guard('statements/write', putStatement),
    },
    'activities/state': documents(state),
    'activities/profile': documents(activityProfile),
    'agents/profile': documents(agentProfile),
    agents: { GET: getAgents, HEAD: getAgents },
    activities: { GET: getActivities, HEAD: getActivities },
  }
}

function lowerCaseHeaders(request: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {}
  for (const [name, value] of Object.entries(request.headers))
    headers[name] = Array.isArray(value) ? value.join(', ') : value
  return headers
}

function send(
  response: ServerResponse,
  answer: LrsResponse,
  head: boolean,
  base: Record<string, string>,
): void {
  let body: Buffer | undefined
  const headers: Record<string, string> = { ...base, ...answer.headers }
  if (answer.body === undefined) body = undefined
  else if (Buffer.isBuffer(answer.body)) body = answer.body
  else if (typeof answer.body === 'string') body = Buffer.from(answer.body)
  else {
    body = Buffer.from(JSON.stringify(answer.body))
    headers['Content-Type'] ??= 'application/json; charset=utf-8'
  }
  if (body !== undefined) headers['Content-Length'] = String(body.length)
  response.writeHead(answer.status, headers)
  response.end(head ? undefined : body)
}

/**
 * Starts an LRS on node:http: xAPI 2.0.0 and 1.0.3 per request, Statement, State, Activity
 * Profile, Agent Profile, About, Agents and Activities resources, CORS, Basic credentials with
 * scopes, limits.
 * @example
 * const storage = openSqliteStorage({ dataDir: '.practicum/lrs' })
 * const lrs = await startLrsServer({ storage, port: 8370 })
 * console.log(lrs.url) // http://127.0.0.1:8370/xapi
 */
export async function startLrsServer(options: LrsServerOptions): Promise<LrsServer> {
  const basePath = (options.basePath ?? '/xapi').replace(/\/+$/, '')
  const host = options.host ?? '127.0.0.1'
  const limits: LrsLimits = { ...defaultLimits, ...options.limits }
  const verify = credentialVerifier(options.storage)
  const table = routes(basePath)
  const onError =
    options.onError ??
    ((error: unknown) =>
      process.stderr.write(
        `practicum lrs: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      ))
  const context: LrsContext = {
    storage: options.storage,
    limits,
    authorityHomePage: '',
    writer: createStatementWriter(options.storage),
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const origin = request.headers.origin
    const base: Record<string, string> = { ...corsHeaders(origin), 'X-Experience-API-Version': '2.0.0' }
    const head = request.method === 'HEAD'
    try {
      if (request.method === 'OPTIONS') {
        response.writeHead(204, { ...preflightHeaders(origin), 'X-Experience-API-Version': '2.0.0' })
        response.end()
        return
      }
      const url = new URL(request.url ?? '/', 'http://localhost')
      if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`))
        throw new HttpError(404, `the xAPI endpoint is ${basePath}`)
      const resource = url.pathname.slice(basePath.length).replace(/^\/+|\/+$/g, '')
      if (resource === 'about') {
        if (request.method !== 'GET' && request.method !== 'HEAD')
          throw new HttpError(405, 'About answers GET and HEAD')
        request.resume()
        send(response, about(), head, base)
        return
      }
      // Every answer of GET /statements carries the header, errors included (XAPI-00162).
      if (resource === 'statements')
        base['X-Experience-API-Consistent-Through'] = context.writer.consistentThrough()
      const handlers = table[resource]
      if (handlers === undefined)
        throw new HttpError(404, `there is no resource ${resource} under ${basePath}`)
      const params = new Map<string, string>()
      for (const [name, value] of url.searchParams) {
        if (params.has(name)) throw new HttpError(400, `the parameter "${name}" is given twice`)
        params.set(name, value)
      }
      let headers = lowerCaseHeaders(request)
      const multipart = /^multipart\//i.test(headers['content-type'] ?? '')
      let body = await readBody(request, multipart ? limits.maxAttachmentBodyBytes : limits.maxBodyBytes)
      let method = request.method ?? 'GET'
      let requestParams = params
      if (method === 'POST' && params.has('method')) {
        const unwrapped = unwrapAlternateSyntax(params, headers, body)
        ;({ method, headers, body } = unwrapped)
        requestParams = unwrapped.params
      }
      const version = negotiateVersion(headers['x-experience-api-version'])
      base['X-Experience-API-Version'] = version
      const credential = await authenticate(headers.authorization, verify)
      const handler = handlers[method]
      if (handler === undefined) throw new HttpError(405, `${resource} does not answer ${method}`)
      const lrsRequest: LrsRequest = {
        method,
        resource,
        params: requestParams,
        headers,
        body,
        version,
        credential,
      }
      send(response, await handler(lrsRequest, context), method === 'HEAD', base)
    } catch (error) {
      if (!(error instanceof HttpError)) onError(error)
      const status = error instanceof HttpError ? error.status : 500
      const message = error instanceof Error ? error.message : String(error)
      const issues = error instanceof HttpError && error.issues.length > 0 ? { issues: error.issues } : {}
      const extra: Record<string, string> = status === 401 ? { 'WWW-Authenticate': 'Basic realm="xAPI"' } : {}
      if (status === 413) extra.Connection = 'close'
      if (!response.headersSent)
        send(response, { status, headers: extra, body: { error: message, ...issues } }, head, base)
      else response.destroy()
    }
  }

  const server = createServer((request, response) => void handle(request, response))
  server.keepAliveTimeout = 5000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 8370, host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const origin = `http://${host}:${port}`
  context.authorityHomePage = options.authorityHomePage ?? origin
  return {
    server,
    url: `${origin}${basePath}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
      }),
  }
}
