import type { StatementQuery } from './storage.ts'

/**
 * How the key filters are written: joins driven by the first key's index (both storages use it:
 * it reads one page of the index in seq order), or a materialised INTERSECT of index scans
 * (kept for very rare keys on PostgreSQL; measured slower for common ones).
 */
export type KeyFilterStyle = 'join' | 'intersect'

/**
 * The SQL of a statement query, shared by SQLite and PostgreSQL: every key filter must match,
 * newest first (or oldest with `ascending`), one row more than the page to know if there is a
 * next page. `placeholder(n)` writes the n-th (1-based) parameter: `?` or `$n`.
 */
export function statementQuerySql(
  query: StatementQuery,
  placeholder: (index: number) => string,
  voidedFalse: string,
  style: KeyFilterStyle = 'join',
): { sql: string; params: unknown[] } {
  const params: unknown[] = []
  const next = (value: unknown): string => {
    params.push(value)
    return placeholder(params.length)
  }
  const where = [`s.voided = ${voidedFalse}`]
  let joins = ''
  let prefix = ''
  // With joins, the first key's index (key, seq) drives the walk: its seq bounds and its order
  // let SQLite read just one page of it instead of walking every statement in seq order.
  let orderColumn = 's.seq'
  if (style === 'join') {
    joins = query.keys
      .map(
        (key, index) =>
          `JOIN statement_keys k${index} ON k${index}.seq = s.seq AND k${index}.key = ${next(key)}`,
      )
      .join(' ')
    if (query.keys.length > 0) {
      orderColumn = 'k0.seq'
      if (query.maxSeq !== undefined) where.push(`k0.seq <= ${next(query.maxSeq)}`)
      if (query.afterSeq !== undefined)
        where.push(`k0.seq ${query.ascending ? '>' : '<'} ${next(query.afterSeq)}`)
    }
  } else if (query.keys.length > 0) {
    // Each key is an index-only scan of (key, seq); PostgreSQL intersects them by hash, so the
    // cost follows the rarest key instead of a walk of all statements in seq order.
    const bounds = (): string => {
      const parts: string[] = []
      if (query.maxSeq !== undefined) parts.push(` AND seq <= ${next(query.maxSeq)}`)
      if (query.afterSeq !== undefined)
        parts.push(` AND seq ${query.ascending ? '>' : '<'} ${next(query.afterSeq)}`)
      return parts.join('')
    }
    const scans = query.keys.map(
      (key) => `SELECT seq FROM statement_keys WHERE key = ${next(key)}${bounds()}`,
    )
    // Materialised first: with a LIMIT, PostgreSQL would otherwise walk the statements backwards
    // probing the set, all 100k of them when only a few match.
    prefix = `WITH candidates AS MATERIALIZED (${scans.join(' INTERSECT ')}) `
    joins = 'JOIN candidates c ON c.seq = s.seq'
  }
  if (query.since !== undefined) where.push(`s.stored > ${next(query.since)}`)
  if (query.until !== undefined) where.push(`s.stored <= ${next(query.until)}`)
  if (query.maxSeq !== undefined) where.push(`s.seq <= ${next(query.maxSeq)}`)
  if (query.afterSeq !== undefined) where.push(`s.seq ${query.ascending ? '>' : '<'} ${next(query.afterSeq)}`)
  const order = query.ascending ? 'ASC' : 'DESC'
  const sql = `${prefix}SELECT s.seq AS seq, s.body AS body FROM statements s ${joins} WHERE ${where.join(' AND ')} ORDER BY ${orderColumn} ${order} LIMIT ${next(query.limit + 1)}`
  return { sql, params }
}
