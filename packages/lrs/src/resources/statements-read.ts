import { HttpError } from '../http/http-error.ts'
import type { LrsContext, LrsRequest, LrsResponse } from '../http/lrs-request.ts'
import { buildMultipart } from '../http/multipart.ts'
import { agentParam, booleanParam, iriParam, onlyParams, timestampParam, uuidParam } from '../http/params.ts'
import { readsOnlyMine } from '../credentials/scopes.ts'
import { acceptedLanguages, formatStatement, type StatementFormat } from '../statements/format.ts'
import type { StatementQuery } from '../storage/storage.ts'

type Json = Record<string, unknown>

const queryParams = [
  'agent',
  'verb',
  'activity',
  'registration',
  'related_activities',
  'related_agents',
  'since',
  'until',
  'limit',
  'format',
  'attachments',
  'ascending',
]

/** What a `more` link carries: the query, the page position, and who asked. */
interface Cursor {
  query: StatementQuery
  format: StatementFormat
  attachments: boolean
  credential: string
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url')
}

function decodeCursor(token: string, credential: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Cursor
    if (cursor.credential === credential && Array.isArray(cursor.query.keys)) return cursor
  } catch {
    // fall through
  }
  throw new HttpError(400, 'the "more" token is not valid for this credential')
}

function formatParam(value: string | undefined): StatementFormat {
  if (value === undefined) return 'exact'
  if (value === 'exact' || value === 'ids' || value === 'canonical') return value
  throw new HttpError(400, 'the parameter "format" must be exact, ids or canonical')
}

function attachmentSha2s(statements: readonly Json[]): string[] {
  const found = new Set<string>()
  for (const statement of statements) {
    const object = statement.object as Json | undefined
    const lists = [
      statement.attachments,
      object?.objectType === 'SubStatement' ? object.attachments : undefined,
    ]
    for (const list of lists)
      if (Array.isArray(list))
        for (const attachment of list as Json[])
          if (typeof attachment.sha2 === 'string') found.add(attachment.sha2.toLowerCase())
  }
  return [...found]
}

async function answer(
  context: LrsContext,
  payload: Json,
  statements: Json[],
  withAttachments: boolean,
  headers: Record<string, string>,
): Promise<LrsResponse> {
  if (!withAttachments) return { status: 200, headers, body: payload }
  const attachments = await context.storage.getAttachments(attachmentSha2s(statements))
  const { body, contentType } = buildMultipart([
    { headers: { 'Content-Type': 'application/json' }, body: Buffer.from(JSON.stringify(payload)) },
    ...attachments.map((attachment) => ({
      headers: {
        'Content-Type': attachment.contentType,
        'Content-Transfer-Encoding': 'binary',
        'X-Experience-API-Hash': attachment.sha2,
      },
      body: Buffer.from(attachment.content),
    })),
  ])
  return { status: 200, headers: { ...headers, 'Content-Type': contentType }, body }
}

function consistentThrough(context: LrsContext): Record<string, string> {
  return { 'X-Experience-API-Consistent-Through': context.writer.consistentThrough() }
}

async function single(request: LrsRequest, context: LrsContext): Promise<LrsResponse> {
  const params = request.params
  onlyParams(params, ['statementId', 'voidedStatementId', 'format', 'attachments'])
  if (params.has('statementId') && params.has('voidedStatementId'))
    throw new HttpError(400, 'use statementId or voidedStatementId, not both')
  const voided = params.has('voidedStatementId')
  const id = uuidParam(
    params.get(voided ? 'voidedStatementId' : 'statementId') ?? '',
    voided ? 'voidedStatementId' : 'statementId',
  )
  const format = formatParam(params.get('format'))
  const withAttachments = booleanParam(params.get('attachments'), 'attachments')
  const found = await context.storage.getStatement(id)
  const mineOnly = readsOnlyMine(request.credential.scopes)
  const authority = found?.statement.authority as Json | undefined
  const authorityKey = (authority?.account as Json | undefined)?.name
  if (!found || found.voided !== voided || (mineOnly && authorityKey !== request.credential.key))
    throw new HttpError(404, `no ${voided ? 'voided ' : ''}statement with id ${id}`)
  const statement = formatStatement(
    found.statement,
    format,
    acceptedLanguages(request.headers['accept-language']),
  )
  const headers = {
    ...consistentThrough(context),
    'Last-Modified': new Date(String(found.statement.stored)).toUTCString(),
  }
  return answer(context, statement, [statement], withAttachments, headers)
}

/** GET /statements: one statement by id, or a page of a filtered query with a `more` link. */
export async function getStatements(
  request: LrsRequest,
  context: LrsContext,
  basePath: string,
): Promise<LrsResponse> {
  const params = request.params
  if (params.has('statementId') || params.has('voidedStatementId')) return single(request, context)
  let cursor: Cursor
  if (params.has('more')) {
    onlyParams(params, ['more'])
    cursor = decodeCursor(params.get('more') ?? '', request.credential.key)
  } else {
    onlyParams(params, queryParams)
    const keys: string[] = []
    const agent = params.get('agent')
    const relatedAgents = booleanParam(params.get('related_agents'), 'related_agents')
    const relatedActivities = booleanParam(params.get('related_activities'), 'related_activities')
    if (agent !== undefined) keys.push(`${relatedAgents ? 'r' : 'a'}|${agentParam(agent).key}`)
    const verb = params.get('verb')
    if (verb !== undefined) keys.push(`v|${iriParam(verb, 'verb')}`)
    const activity = params.get('activity')
    if (activity !== undefined)
      keys.push(`${relatedActivities ? 'c' : 'o'}|${iriParam(activity, 'activity')}`)
    const registration = params.get('registration')
    if (registration !== undefined) keys.push(`g|${uuidParam(registration, 'registration')}`)
    if (readsOnlyMine(request.credential.scopes)) keys.push(`h|${request.credential.key}`)
    const limitText = params.get('limit') ?? '0'
    if (!/^\d+$/.test(limitText))
      throw new HttpError(400, 'the parameter "limit" must be a non-negative integer')
    const limit =
      Number(limitText) === 0
        ? context.limits.maxPageStatements
        : Math.min(Number(limitText), context.limits.maxPageStatements)
    const query: StatementQuery = {
      keys,
      ascending: booleanParam(params.get('ascending'), 'ascending'),
      limit,
      maxSeq: await context.storage.lastSeq(),
    }
    const since = params.get('since')
    if (since !== undefined) query.since = timestampParam(since, 'since')
    const until = params.get('until')
    if (until !== undefined) query.until = timestampParam(until, 'until')
    cursor = {
      query,
      format: formatParam(params.get('format')),
      attachments: booleanParam(params.get('attachments'), 'attachments'),
      credential: request.credential.key,
    }
  }
  const page = await context.storage.queryStatements(cursor.query)
  const languages = acceptedLanguages(request.headers['accept-language'])
  const statements = page.records.map((record) => formatStatement(record.statement, cursor.format, languages))
  const more =
    page.nextAfterSeq === undefined
      ? ''
      : `${basePath}/statements?more=${encodeCursor({ ...cursor, query: { ...cursor.query, afterSeq: page.nextAfterSeq } })}`
  return answer(context, { statements, more }, statements, cursor.attachments, consistentThrough(context))
}
