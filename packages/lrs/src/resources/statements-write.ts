import { validateStatements } from '@practicum/xapi'
import { HttpError } from '../http/http-error.ts'
import { jsonDepth } from '../http/json-depth.ts'
import type { LrsContext, LrsRequest, LrsResponse } from '../http/lrs-request.ts'
import { multipartBoundary, parseMultipart, type MultipartPart } from '../http/multipart.ts'
import { onlyParams, required, uuidParam } from '../http/params.ts'
import { collectAttachments } from '../statements/attachments.ts'

type Json = Record<string, unknown>

/** Parses JSON text within the depth limit; 400 otherwise. */
export function parseJson(text: string, context: LrsContext): unknown {
  if (jsonDepth(text) > context.limits.maxJsonDepth)
    throw new HttpError(400, `the JSON is nested deeper than the limit of ${context.limits.maxJsonDepth}`)
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new HttpError(400, 'the body is not valid JSON')
  }
}

function readStatementBody(
  request: LrsRequest,
  context: LrsContext,
): { body: unknown; parts: MultipartPart[] } {
  const contentType = request.headers['content-type'] ?? ''
  if (/^multipart\/mixed/i.test(contentType)) {
    const boundary = multipartBoundary(contentType)
    if (boundary === undefined) throw new HttpError(400, 'multipart/mixed needs a boundary')
    const [first, ...parts] = parseMultipart(request.body, boundary)
    if (first === undefined || !/^application\/json/i.test(first.headers['content-type'] ?? ''))
      throw new HttpError(400, 'multipart: the first part must be application/json statements')
    return { body: parseJson(first.body.toString('utf8'), context), parts }
  }
  if (!/^application\/json/i.test(contentType))
    throw new HttpError(400, 'statements are sent as application/json or multipart/mixed')
  return { body: parseJson(request.body.toString('utf8'), context), parts: [] }
}

/** Validates once — one statement as itself (its paths read `$.actor…`), a batch as a batch — then stores. */
async function store(
  request: LrsRequest,
  context: LrsContext,
  body: Json | Json[],
  parts: MultipartPart[],
): Promise<string[]> {
  const statements = Array.isArray(body) ? body : [body]
  if (statements.length > context.limits.maxBatchStatements)
    throw new HttpError(
      400,
      `a batch holds at most ${context.limits.maxBatchStatements} statements (got ${statements.length})`,
    )
  const validation = validateStatements(body, { version: request.version })
  if (!validation.valid)
    throw new HttpError(
      400,
      `invalid statement: ${validation.issues
        .slice(0, 5)
        .map((issue) => `${issue.path} ${issue.message}`)
        .join('; ')}`,
      validation.issues,
    )
  const attachments = collectAttachments(statements, parts)
  const credential = request.credential
  const author = {
    credentialKey: credential.key,
    authority: {
      objectType: 'Agent',
      name: credential.label,
      account: { homePage: context.authorityHomePage, name: credential.key },
    },
  }
  return context.writer.write({
    statements,
    attachments,
    version: request.version,
    author,
    mayDefine: ['define', 'all'].some((scope) => credential.scopes.includes(scope)),
  })
}

/** POST /statements: one statement or an array; answers the ids in order. */
export async function postStatements(request: LrsRequest, context: LrsContext): Promise<LrsResponse> {
  onlyParams(request.params, [])
  const { body, parts } = readStatementBody(request, context)
  if (Array.isArray(body) && body.length === 0) throw new HttpError(400, 'the batch is empty')
  const ids = await store(request, context, body as Json | Json[], parts)
  return { status: 200, body: ids }
}

/** PUT /statements?statementId=…: stores one statement under that id; 204, or 409 when another is stored there. */
export async function putStatement(request: LrsRequest, context: LrsContext): Promise<LrsResponse> {
  onlyParams(request.params, ['statementId'])
  const id = uuidParam(required(request.params, 'statementId'), 'statementId')
  const { body, parts } = readStatementBody(request, context)
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpError(400, 'PUT takes one statement object')
  const statement = body as Json
  if (statement.id !== undefined && String(statement.id).toLowerCase() !== id)
    throw new HttpError(400, 'the statement id differs from the statementId parameter')
  await store(request, context, { ...statement, id: statement.id ?? id }, parts)
  return { status: 204 }
}
