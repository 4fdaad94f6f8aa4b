type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Seconds in a duration compared to the hundredth (xAPI 2.0.0 §4.2.7: durations at 0.01 s). */
function truncateDuration(duration: string): string {
  return duration.replace(/(\d+)[.,](\d+)S$/, (_, whole: string, fraction: string) => {
    const kept = fraction.slice(0, 2).replace(/0+$/, '')
    return kept === '' ? `${whole}S` : `${whole}.${kept}S`
  })
}

function canonical(value: unknown, path: string): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item, path))
  if (!isObject(value)) return value
  const out: Json = {}
  for (const key of Object.keys(value).sort()) {
    const item = value[key]
    const at = `${path}.${key}`
    if (at === '$.timestamp' || at === '$.object.timestamp')
      out[key] = typeof item === 'string' ? Date.parse(item) : item
    else if ((at === '$.result.duration' || at === '$.object.result.duration') && typeof item === 'string')
      out[key] = truncateDuration(item)
    else if (
      (key === 'mbox' || key === 'mbox_sha1sum' || (key === 'id' && path === '$')) &&
      typeof item === 'string'
    )
      out[key] = item.toLowerCase()
    else out[key] = canonical(item, at)
  }
  return out
}

/** Which properties a comparison leaves out. */
export interface CompareOptions {
  /** Leave out timestamp too (when the incoming statement had none and the LRS filled it). */
  ignoreTimestamp?: boolean
  /** Leave out attachments (a signature's payload is the statement before it was signed). */
  ignoreAttachments?: boolean
  /** Leave out id (a signature's payload may precede the id). */
  ignoreId?: boolean
}

/**
 * Statement comparison (xAPI 2.0.0 §2.3.1 "Statement Comparison Requirements"): equal when
 * equal after leaving out what the LRS assigns (stored, authority, version), comparing
 * timestamps as instants and durations at 0.01 s, and key order not mattering. One rule for the
 * LRS (an id sent twice) and the transport (resolving a 409).
 */
export function sameStatement(a: Json, b: Json, options: CompareOptions = {}): boolean {
  const strip = (statement: Json): Json => {
    const copy: Json = { ...statement }
    delete copy.stored
    delete copy.authority
    delete copy.version
    if (options.ignoreTimestamp) delete copy.timestamp
    if (options.ignoreAttachments) delete copy.attachments
    if (options.ignoreId) delete copy.id
    return copy
  }
  return JSON.stringify(canonical(strip(a), '$')) === JSON.stringify(canonical(strip(b), '$'))
}
