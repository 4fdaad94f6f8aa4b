type Segment = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'wildcard' }

function parse(path: string): Segment[] {
  const text = path.trim()
  if (!text.startsWith('$')) throw new SyntaxError(`a JSONPath starts with $: ${path}`)
  const segments: Segment[] = []
  let i = 1
  while (i < text.length) {
    if (text[i] === '.') {
      if (text[i + 1] === '*') {
        segments.push({ kind: 'wildcard' })
        i += 2
        continue
      }
      const match = /^[A-Za-z0-9_$-]+/.exec(text.slice(i + 1))
      if (!match) throw new SyntaxError(`a name is expected after . at ${i} in ${path}`)
      segments.push({ kind: 'key', key: match[0] })
      i += 1 + match[0].length
    } else if (text[i] === '[') {
      const close = text[i + 1] === "'" ? text.indexOf("']", i + 2) + 1 : text.indexOf(']', i)
      if (close <= 0) throw new SyntaxError(`an unclosed [ at ${i} in ${path}`)
      const inner = text.slice(i + 1, close)
      if (inner === '*') segments.push({ kind: 'wildcard' })
      else if (/^\d+$/.test(inner)) segments.push({ kind: 'index', index: Number(inner) })
      else if (/^'.*'$/.test(inner)) segments.push({ kind: 'key', key: inner.slice(1, -1) })
      else throw new SyntaxError(`unsupported selector [${inner}] in ${path}`)
      i = close + 1
    } else throw new SyntaxError(`unexpected "${text[i]}" at ${i} in ${path}`)
  }
  return segments
}

const cache = new Map<string, Segment[][]>()

/**
 * The values a JSONPath (the xAPI Profiles subset: names, `['key']`, `[n]`, `[*]`, `.*`, and
 * `|` between alternative paths) finds in a document. Missing steps give no value.
 */
export function evaluateJsonPath(document: unknown, path: string): unknown[] {
  let alternatives = cache.get(path)
  if (!alternatives) cache.set(path, (alternatives = path.split('|').map(parse)))
  const out: unknown[] = []
  for (const segments of alternatives) {
    let values: unknown[] = [document]
    for (const segment of segments) {
      const next: unknown[] = []
      for (const value of values) {
        if (value === null || typeof value !== 'object') continue
        if (segment.kind === 'wildcard') next.push(...(Array.isArray(value) ? value : Object.values(value)))
        else if (segment.kind === 'index') {
          if (Array.isArray(value) && segment.index < value.length) next.push(value[segment.index])
        } else if (!Array.isArray(value) && segment.key in value)
          next.push((value as Record<string, unknown>)[segment.key])
      }
      values = next
    }
    out.push(...values)
  }
  return out
}
