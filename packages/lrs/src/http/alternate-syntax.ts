import { HttpError } from './http-error.ts'

const headerNames = [
  'authorization',
  'x-experience-api-version',
  'content-type',
  'content-length',
  'if-match',
  'if-none-match',
]

/**
 * Unwraps xAPI 1.0.3's alternate request syntax (§7.8, removed in 2.0): a POST with `?method=`
 * whose form body carries the headers, the parameters and `content`.
 */
export function unwrapAlternateSyntax(
  params: Map<string, string>,
  headers: Record<string, string | undefined>,
  body: Buffer,
): {
  method: string
  params: Map<string, string>
  headers: Record<string, string | undefined>
  body: Buffer
} {
  const method = (params.get('method') ?? '').toUpperCase()
  if (!['GET', 'HEAD', 'PUT', 'POST', 'DELETE'].includes(method))
    throw new HttpError(400, 'alternate request syntax: method must be GET, HEAD, PUT, POST or DELETE')
  if (params.size > 1)
    throw new HttpError(400, 'alternate request syntax: only "method" may be in the query string')
  if (!/^application\/x-www-form-urlencoded/i.test(headers['content-type'] ?? ''))
    throw new HttpError(400, 'alternate request syntax: the body must be application/x-www-form-urlencoded')
  const form = new URLSearchParams(body.toString('utf8'))
  const nextHeaders: Record<string, string | undefined> = {
    ...headers,
    'content-type': 'application/json',
  }
  const nextParams = new Map<string, string>()
  let content = Buffer.alloc(0)
  for (const [name, value] of form) {
    if (headerNames.includes(name.toLowerCase())) nextHeaders[name.toLowerCase()] = value
    else if (name === 'content') content = Buffer.from(value, 'utf8')
    else nextParams.set(name, value)
  }
  if (
    nextHeaders['x-experience-api-version'] !== undefined &&
    /^2\./.test(nextHeaders['x-experience-api-version'] ?? '')
  )
    throw new HttpError(400, 'alternate request syntax was removed in xAPI 2.0.0')
  return { method, params: nextParams, headers: nextHeaders, body: content }
}
