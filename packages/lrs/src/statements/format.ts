type Json = Record<string, unknown>

/** The `format` parameter of GET /statements. */
export type StatementFormat = 'exact' | 'ids' | 'canonical'

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function idsOnlyActor(actor: unknown): unknown {
  if (!isObject(actor)) return actor
  const out: Json = {}
  for (const key of ['objectType', 'mbox', 'mbox_sha1sum', 'openid', 'account'])
    if (actor[key] !== undefined) out[key] = actor[key]
  const identified = ['mbox', 'mbox_sha1sum', 'openid', 'account'].some((key) => actor[key] !== undefined)
  if (Array.isArray(actor.member) && !identified) out.member = actor.member.map(idsOnlyActor)
  return out
}

function idsOnlyObject(object: unknown): unknown {
  if (!isObject(object)) return object
  if (object.objectType === 'Agent' || object.objectType === 'Group') return idsOnlyActor(object)
  if (object.objectType === 'SubStatement') return idsOnly(object)
  if (object.objectType === 'StatementRef') return object
  return { id: object.id }
}

function idsOnly(statement: Json): Json {
  const out: Json = {
    ...statement,
    actor: idsOnlyActor(statement.actor),
    object: idsOnlyObject(statement.object),
  }
  if (isObject(statement.verb)) out.verb = { id: statement.verb.id }
  if (statement.authority !== undefined) out.authority = idsOnlyActor(statement.authority)
  if (isObject(statement.context)) {
    const context: Json = { ...statement.context }
    if (context.instructor !== undefined) context.instructor = idsOnlyActor(context.instructor)
    if (context.team !== undefined) context.team = idsOnlyActor(context.team)
    if (isObject(context.contextActivities)) {
      const lists: Json = {}
      for (const [key, list] of Object.entries(context.contextActivities))
        lists[key] = Array.isArray(list) ? list.map(idsOnlyObject) : idsOnlyObject(list)
      context.contextActivities = lists
    }
    out.context = context
  }
  return out
}

function pickLanguage(map: Json, languages: readonly string[]): Json {
  const tags = Object.keys(map)
  for (const wanted of languages) {
    const found =
      tags.find((tag) => tag.toLowerCase() === wanted.toLowerCase()) ??
      tags.find((tag) => tag.toLowerCase().startsWith(`${wanted.toLowerCase()}-`))
    if (found !== undefined) return { [found]: map[found] }
  }
  const first = tags[0]
  return first === undefined ? {} : { [first]: map[first] }
}

const languageMapKeys = new Set(['display', 'name', 'description'])

function canonicalOf(value: unknown, languages: readonly string[], parentKey: string): unknown {
  if (Array.isArray(value)) return value.map((item) => canonicalOf(item, languages, parentKey))
  if (!isObject(value)) return value
  if (parentKey === 'extensions') return value
  const out: Json = {}
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      languageMapKeys.has(key) && isObject(item)
        ? pickLanguage(item, languages)
        : canonicalOf(item, languages, key)
  }
  return out
}

/** The languages of an Accept-Language header, best first. */
export function acceptedLanguages(header: string | undefined): string[] {
  if (header === undefined) return []
  return header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((param) => /^\s*q=([\d.]+)/.exec(param)?.[1]).find((found) => found !== undefined)
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q) }
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((entry) => entry.tag)
}

/** Shapes a stored statement for the `format` asked for (exact returns it untouched). */
export function formatStatement(
  statement: Json,
  format: StatementFormat,
  languages: readonly string[],
): Json {
  if (format === 'ids') return idsOnly(statement)
  if (format === 'canonical') return canonicalOf(statement, languages, '') as Json
  return statement
}
