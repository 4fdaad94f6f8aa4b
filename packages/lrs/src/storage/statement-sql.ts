import type { StatementQuery } from './storage.ts'

/** How the key filters are written: joins (SQLite's planner walks them well) or an INTERSECT of index scans (PostgreSQL). */
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
  if (style === 'join') {
    joins = query.keys
      .map(
        (key, index) =>
          `JOIN statement_keys k${index} ON k${index}.seq = s.seq AND k${index}.key = ${next(key)}`,
      )
      .join(' ')
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
    where.push(`s.seq IN (${scans.join(' INTERSECT ')})`)
  }
  if (query.since !== undefined) where.push(`s.stored > ${next(query.since)}`)
  if (query.until !== undefined) where.push(`s.stored <= ${next(query.until)}`)
  if (query.maxSeq !== undefined) where.push(`s.seq <= ${next(query.maxSeq)}`)
  if (query.afterSeq !== undefined) where.push(`s.seq ${query.ascending ? '>' : '<'} ${next(query.afterSeq)}`)
  const order = query.ascending ? 'ASC' : 'DESC'
  const sql = `SELECT s.seq AS seq, s.body AS body FROM statements s ${joins} WHERE ${where.join(' AND ')} ORDER BY s.seq ${order} LIMIT ${next(query.limit + 1)}`
  return { sql, params }
}
