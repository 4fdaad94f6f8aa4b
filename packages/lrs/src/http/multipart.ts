import { HttpError } from './http-error.ts'

/** One part of a multipart body: its headers (lower-case names) and raw bytes. */
export interface MultipartPart {
  headers: Record<string, string>
  body: Buffer
}

/** The boundary parameter of a multipart Content-Type, if any. */
export function multipartBoundary(contentType: string): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  return match?.[1] ?? match?.[2]
}

/** Splits a multipart/mixed body (RFC 2046) into parts. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`)
  const parts: MultipartPart[] = []
  let start = body.indexOf(delimiter)
  if (start < 0) throw new HttpError(400, 'multipart: the boundary does not occur in the body')
  for (;;) {
    let cursor = start + delimiter.length
    if (body.subarray(cursor, cursor + 2).toString() === '--') break
    const lineEnd = body.indexOf('\r\n', cursor)
    if (lineEnd < 0) throw new HttpError(400, 'multipart: a part has no headers')
    cursor = lineEnd + 2
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), cursor)
    if (next < 0) throw new HttpError(400, 'multipart: the closing boundary is missing')
    const raw = body.subarray(cursor, next)
    const split = raw.indexOf('\r\n\r\n')
    const headerText = split < 0 ? raw.toString('utf8') : raw.subarray(0, split).toString('utf8')
    const headers: Record<string, string> = {}
    for (const line of headerText.split('\r\n')) {
      const colon = line.indexOf(':')
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
    }
    parts.push({ headers, body: split < 0 ? Buffer.alloc(0) : raw.subarray(split + 4) })
    start = next + 2
  }
  return parts
}

/** Builds a multipart/mixed body; returns it with its Content-Type. */
export function buildMultipart(parts: readonly MultipartPart[]): { body: Buffer; contentType: string } {
  const boundary = `practicum-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`
  const chunks: Buffer[] = []
  for (const part of parts) {
    const headers = Object.entries(part.headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')
    chunks.push(Buffer.from(`--${boundary}\r\n${headers}\r\n`), part.body, Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(chunks), contentType: `multipart/mixed; boundary=${boundary}` }
}
