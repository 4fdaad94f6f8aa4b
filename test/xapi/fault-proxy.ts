// A fault-injecting HTTP proxy on loopback, in front of a real LRS. Each planned fault applies to
// the next request that matches it; everything else is forwarded untouched.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { existsSync, readFileSync } from 'node:fs'
import type { Socket } from 'node:net'
import path from 'node:path'

/** What the proxy does to one request. */
export type Fault =
  /** answer this status without forwarding */
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  /** forward (the LRS stores it), then answer this status instead of the LRS's answer */
  | { kind: 'after-forward'; status: number; body?: string }
  /** forward, then never answer (the client times out) */
  | { kind: 'hang-after-forward' }
  /** cut the connection without an answer */
  | { kind: 'reset' }

export interface PlannedFault {
  method?: string
  /** matched against the path and query */
  path?: RegExp
  /** matched when the request body contains this text (a statement id) */
  bodyIncludes?: string
  /** applies to every matching request, not only the first */
  persistent?: boolean
  fault: Fault
}

export interface SeenRequest {
  method: string
  url: string
  at: number
  /** what the client got back (undefined: reset or hung) */
  status: number | undefined
  /** bytes of the request body */
  bodyBytes: number
}

export interface FaultProxy {
  /** the xAPI endpoint through the proxy */
  endpoint: string
  plan: (...faults: PlannedFault[]) => void
  /** forgets every planned fault (persistent ones included) */
  clearPlan: () => void
  /** requests seen, in order */
  seen: SeenRequest[]
  /** stops listening (connections refused) until `up()` */
  down: () => Promise<void>
  up: () => Promise<void>
  /** the most POSTs in flight at once */
  maxInFlight: () => number
  /** while on, every xAPI request has its connection cut (the LRS is unreachable; pages still load) */
  offline: (on: boolean) => void
  /** holds every answer to a POST this long after the LRS answered (the statements are stored) */
  delayAnswers: (ms: number) => void
  /** rewrites GET /about to list only these versions */
  aboutVersions: (versions: string[] | undefined) => void
  close: () => Promise<void>
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
}

/** Starts the proxy in front of `target`; paths outside the xAPI endpoint serve files of `staticDir`. */
export async function startFaultProxy(target: string, staticDir?: string): Promise<FaultProxy> {
  const targetUrl = new URL(target)
  const planned: PlannedFault[] = []
  const seen: SeenRequest[] = []
  const sockets = new Set<Socket>()
  let about: string[] | undefined
  let delay = 0
  let inFlight = 0
  let maxInFlight = 0
  let isOffline = false
  let port = 0
  let server: Server

  const forward = async (request: IncomingMessage, body: Buffer) => {
    const headers = new Headers()
    for (const [name, value] of Object.entries(request.headers))
      if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name))
        headers.set(name, value)
    return fetch(`${targetUrl.origin}${request.url}`, {
      method: request.method!,
      headers,
      ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
    })
  }

  const handler = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request)
    if (staticDir && !request.url!.startsWith(targetUrl.pathname)) {
      const pathname = new URL(request.url!, 'http://127.0.0.1').pathname
      const file = path.join(staticDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
      if (!file.startsWith(staticDir) || !existsSync(file)) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, {
        'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      })
      response.end(readFileSync(file))
      return
    }
    if (isOffline) {
      request.socket.destroy()
      return
    }
    const record: SeenRequest = {
      method: request.method!,
      url: request.url!,
      at: Date.now(),
      status: undefined,
      bodyBytes: body.length,
    }
    seen.push(record)
    const index = planned.findIndex(
      (plan) =>
        (!plan.method || plan.method === request.method) &&
        (!plan.path || plan.path.test(request.url!)) &&
        (!plan.bodyIncludes || body.toString('utf8').includes(plan.bodyIncludes)),
    )
    const plan = index >= 0 ? planned[index] : undefined
    if (plan && !plan.persistent) planned.splice(index, 1)
    const fault = plan?.fault
    if (fault?.kind === 'reset') {
      request.socket.destroy()
      return
    }
    if (fault?.kind === 'status') {
      record.status = fault.status
      response.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers })
      response.end(fault.body ?? '')
      return
    }
    const counted = request.method === 'POST'
    if (counted) maxInFlight = Math.max(maxInFlight, ++inFlight)
    let answer: Response
    let text: string
    try {
      answer = await forward(request, body)
      text = await answer.text()
    } finally {
      if (counted) inFlight--
    }
    if (fault?.kind === 'hang-after-forward') return
    if (delay > 0 && request.method === 'POST') await new Promise((resolve) => setTimeout(resolve, delay))
    if (fault?.kind === 'after-forward') {
      record.status = fault.status
      response.writeHead(fault.status, { 'content-type': 'application/json' })
      response.end(fault.body ?? '')
      return
    }
    let out = text
    if (about && request.method === 'GET' && /\/about$/.test(request.url!))
      out = JSON.stringify({ ...(JSON.parse(text) as object), version: about })
    record.status = answer.status
    const headers: Record<string, string> = {}
    answer.headers.forEach((value, name) => {
      if (!['content-length', 'transfer-encoding', 'connection', 'content-encoding'].includes(name))
        headers[name] = value
    })
    response.writeHead(answer.status, headers)
    response.end(out)
  }

  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((request, response) => {
        handler(request, response).catch(() => request.socket.destroy())
      })
      server.on('connection', (socket) => {
        sockets.add(socket)
        socket.on('close', () => sockets.delete(socket))
      })
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as { port: number }).port
        resolve()
      })
    })
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      for (const socket of sockets) socket.destroy()
    })
  await listen()
  return {
    endpoint: `http://127.0.0.1:${port}${targetUrl.pathname}`,
    plan: (...faults) => planned.push(...faults),
    clearPlan: () => {
      planned.length = 0
    },
    seen,
    down: stop,
    up: listen,
    maxInFlight: () => maxInFlight,
    offline: (on) => {
      isOffline = on
    },
    delayAnswers: (ms) => {
      delay = ms
    },
    aboutVersions: (versions) => {
      about = versions
    },
    close: stop,
  }
}
