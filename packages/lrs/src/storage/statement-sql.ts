import type { StatementQuery } from './storage.ts'

/**
 * The SQL of a statement query, shared by SQLite and PostgreSQL: one join on the key index per
 * filter, newest first (or oldest with `ascending`), one row more than the page to know if
 * there is a next page. `placeholder(n)` writes the n-th (1-based) parameter: `?` or `$n`.
 */
export function statementQuerySql(
  query: StatementQuery,
  placeholder: (index: number) => string,
  voidedFalse: string,
): { sql: string; params: unknown[] } {
  const params: unknown[] = []
  const next = (value: unknown): string => {
    params.push(value)
    return placeholder(params.length)
  }
  const joins = query.keys.map(
    (key, index) => `JOIN statement_keys k${index} ON k${index}.seq = s.seq AND k${index}.key = ${next(key)}`,
  )
  const where = [`s.voided = ${voidedFalse}`]
  if (query.since !== undefined) where.push(`s.stored > ${next(query.since)}`)
  if (query.until !== undefined) where.push(`s.stored <= ${next(query.until)}`)
  if (query.maxSeq !== undefined) where.push(`s.seq <= ${next(query.maxSeq)}`)
  if (query.afterSeq !== undefined) where.push(`s.seq ${query.ascending ? '>' : '<'} ${next(query.afterSeq)}`)
  const order = query.ascending ? 'ASC' : 'DESC'
  const sql = `SELECT s.seq AS seq, s.body AS body FROM statements s ${joins.join(' ')} WHERE ${where.join(' AND ')} ORDER BY s.seq ${order} LIMIT ${next(query.limit + 1)}`
  return { sql, params }
}
