type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

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
    if (at === '$.timestamp' && typeof item === 'string') out[key] = Date.parse(item)
    else if (at === '$.result.duration' && typeof item === 'string') out[key] = truncateDuration(item)
    else if (
      (key === 'mbox' || key === 'mbox_sha1sum' || (key === 'id' && path === '$')) &&
      typeof item === 'string'
    )
      out[key] = item.toLowerCase()
    else out[key] = canonical(item, at)
  }
  return out
}

/**
 * Statement comparison (xAPI 2.0.0 §2.3.1): the statement the LRS holds and the one we sent are
 * the same when equal after leaving out what the LRS assigns (stored, authority, version, and an
 * attachment's fileUrl), with timestamps compared as instants, durations at 0.01 s and key order
 * not mattering.
 */
export function sameStatement(stored: Json, sent: Json): boolean {
  const strip = (statement: Json): Json => {
    const copy: Json = { ...statement }
    delete copy.stored
    delete copy.authority
    delete copy.version
    return copy
  }
  return JSON.stringify(canonical(strip(stored), '$')) === JSON.stringify(canonical(strip(sent), '$'))
}
