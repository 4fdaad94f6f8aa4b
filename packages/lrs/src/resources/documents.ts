import { createHash } from 'node:crypto'
import { HttpError } from '../http/http-error.ts'
import type { LrsContext, LrsRequest, LrsResponse } from '../http/lrs-request.ts'
import { agentParam, iriParam, onlyParams, required, timestampParam, uuidParam } from '../http/params.ts'
import { allows } from '../credentials/scopes.ts'
import type { DocumentKey, DocumentScope, StoredDocument } from '../storage/storage.ts'
import { parseJson } from './statements-write.ts'

/** How each document resource names its parts (xAPI 2.0.0 §4.1.6.2, .5, .6). */
const shapes: Record<DocumentScope, { idParam: string; params: readonly string[] }> = {
  state: { idParam: 'stateId', params: ['activityId', 'agent', 'registration', 'stateId', 'since'] },
  'activity-profile': { idParam: 'profileId', params: ['activityId', 'profileId', 'since'] },
  'agent-profile': { idParam: 'profileId', params: ['agent', 'profileId', 'since'] },
}

function documentKey(scope: DocumentScope, params: Map<string, string>): DocumentKey {
  const shape = shapes[scope]
  onlyParams(params, shape.params)
  return {
    scope,
    activityId: scope === 'agent-profile' ? '' : iriParam(required(params, 'activityId'), 'activityId'),
    agent: scope === 'activity-profile' ? '' : agentParam(required(params, 'agent')).key,
    registration:
      scope === 'state' && params.has('registration')
        ? uuidParam(params.get('registration') ?? '', 'registration')
        : '',
    documentId: params.get(shape.idParam) ?? '',
  }
}

function etagOf(content: Uint8Array): string {
  return `"${createHash('sha1').update(content).digest('hex')}"`
}

function isJsonType(contentType: string | undefined): boolean {
  return contentType !== undefined && /^application\/json/i.test(contentType)
}

function asJsonObject(
  content: Uint8Array | Buffer,
  context: LrsContext,
): Record<string, unknown> | undefined {
  try {
    const value = parseJson(Buffer.from(content).toString('utf8'), context)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** If-Match / If-None-Match (RFC 7232); 412 when they fail, 409 for a blind overwrite where the version requires preconditions. */
function checkPreconditions(
  request: LrsRequest,
  scope: DocumentScope,
  existing: StoredDocument | undefined,
  blindWriteIsConflict: boolean,
): void {
  const ifMatch = request.headers['if-match']
  const ifNoneMatch = request.headers['if-none-match']
  if (ifMatch !== undefined) {
    const tags = ifMatch.split(',').map((tag) => tag.trim())
    if (
      existing === undefined ||
      !(tags.includes('*') || tags.includes(existing.etag) || tags.includes(existing.etag.slice(1, -1)))
    )
      throw new HttpError(412, 'If-Match does not match the current ETag of the document')
  }
  if (ifNoneMatch !== undefined && existing !== undefined) {
    const tags = ifNoneMatch.split(',').map((tag) => tag.trim())
    if (tags.includes('*') || tags.includes(existing.etag) || tags.includes(existing.etag.slice(1, -1)))
      throw new HttpError(412, 'If-None-Match: the document exists')
  }
  const needsPrecondition = request.version === '2.0.0' || scope !== 'state'
  if (
    blindWriteIsConflict &&
    needsPrecondition &&
    existing !== undefined &&
    ifMatch === undefined &&
    ifNoneMatch === undefined
  )
    throw new HttpError(
      409,
      'the document exists: send If-Match with its ETag (or If-None-Match: *) to overwrite it',
    )
  // xAPI 1.0.3 §7.5 / conformance XAPI-00273: a profile PUT must carry a precondition even when
  // the document is new (400); 2.0.0 only requires it to overwrite (409 above).
  if (
    blindWriteIsConflict &&
    request.version === '1.0.3' &&
    scope !== 'state' &&
    ifMatch === undefined &&
    ifNoneMatch === undefined
  )
    throw new HttpError(400, 'a profile PUT needs If-Match or If-None-Match (xAPI 1.0.3)')
}

function documentResponse(document: StoredDocument): LrsResponse {
  return {
    status: 200,
    headers: {
      'Content-Type': document.contentType,
      ETag: document.etag,
      'Last-Modified': new Date(document.updated).toUTCString(),
    },
    body: Buffer.from(document.content),
  }
}

/** A document resource (State, Activity Profile, Agent Profile): GET, HEAD, PUT, POST (JSON merge), DELETE. */
export function documentResource(scope: DocumentScope) {
  return async (request: LrsRequest, context: LrsContext): Promise<LrsResponse> => {
    const permission = scope === 'state' ? 'state' : 'profile'
    const reading = request.method === 'GET' || request.method === 'HEAD'
    if (!allows(request.credential.scopes, reading ? `${permission}/read` : `${permission}/write`))
      throw new HttpError(403, `this credential may not ${reading ? 'read' : 'write'} ${scope} documents`)
    const key = documentKey(scope, request.params)
    const idParam = shapes[scope].idParam
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.params.has('since'))
      throw new HttpError(400, '"since" is only for GET')
    switch (request.method) {
      case 'GET':
      case 'HEAD': {
        if (key.documentId === '' && !request.params.has(idParam)) {
          const sinceText = request.params.get('since')
          const since = sinceText === undefined ? undefined : timestampParam(sinceText, 'since')
          const ids = await context.storage.listDocumentIds(key, since)
          return { status: 200, body: ids }
        }
        if (request.params.has('since')) throw new HttpError(400, '"since" is only for lists of ids')
        const document = await context.storage.getDocument(key)
        if (!document) throw new HttpError(404, `no ${scope} document "${key.documentId}"`)
        return documentResponse(document)
      }
      case 'PUT':
      case 'POST': {
        if (!request.params.has(idParam)) throw new HttpError(400, `the parameter "${idParam}" is required`)
        const existing = await context.storage.getDocument(key)
        checkPreconditions(request, scope, existing, request.method === 'PUT')
        const contentType = request.headers['content-type'] ?? 'application/octet-stream'
        let content: Uint8Array = new Uint8Array(request.body)
        let storedType = contentType
        if (request.method === 'POST' || isJsonType(contentType)) {
          const incoming = isJsonType(contentType) ? asJsonObject(request.body, context) : undefined
          if (request.method === 'POST') {
            if (incoming === undefined)
              throw new HttpError(400, 'POST merges JSON objects: send application/json with a JSON object')
            if (existing !== undefined) {
              const before = isJsonType(existing.contentType)
                ? asJsonObject(existing.content, context)
                : undefined
              if (before === undefined)
                throw new HttpError(400, 'POST merges JSON objects: the stored document is not one')
              content = new Uint8Array(Buffer.from(JSON.stringify({ ...before, ...incoming })))
              storedType = 'application/json'
            }
          } else if (
            incoming === undefined &&
            request.body.length > 0 &&
            parseableAsJson(request.body) === false
          ) {
            throw new HttpError(400, 'the body is declared application/json but is not JSON')
          }
        }
        await context.storage.putDocument(key, {
          content,
          contentType: storedType,
          etag: etagOf(content),
          updated: new Date().toISOString(),
        })
        return { status: 204 }
      }
      case 'DELETE': {
        if (scope !== 'state' && !request.params.has(idParam))
          throw new HttpError(400, `the parameter "${idParam}" is required`)
        const existing = key.documentId === '' ? undefined : await context.storage.getDocument(key)
        checkPreconditions(request, scope, existing, false)
        await context.storage.deleteDocuments(key)
        return { status: 204 }
      }
      default:
        throw new HttpError(405, `${request.method} is not a method of this resource`)
    }
  }
}

function parseableAsJson(body: Buffer): boolean {
  try {
    JSON.parse(body.toString('utf8'))
    return true
  } catch {
    return false
  }
}
