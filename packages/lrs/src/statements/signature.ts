import { X509Certificate, createVerify } from 'node:crypto'
import { HttpError } from '../http/http-error.ts'
import { sameStatement } from '@practicum/xapi'

type Json = Record<string, unknown>

const algorithms: Record<string, string> = { RS256: 'RSA-SHA256', RS384: 'RSA-SHA384', RS512: 'RSA-SHA512' }

function decodeJson(part: string, what: string): Json {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json
  } catch {
    // fall through to the error below
  }
  throw new HttpError(400, `signature: the JWS ${what} is not a JSON object`)
}

/**
 * Checks a signed statement (xAPI 2.0.0 §4.2.6 "Signed Statements"): the signature part is a
 * JWS in compact form with RS256/384/512, its payload is the statement (compared as statements
 * are), and when the header carries an x5c certificate chain the signature verifies with it.
 */
export function checkSignature(statement: Json, jws: string): void {
  const parts = jws.trim().split('.')
  if (parts.length !== 3) throw new HttpError(400, 'signature: not a JWS in compact serialization')
  const [header = '', payload = '', signature = ''] = parts
  const head = decodeJson(header, 'header')
  const algorithm = typeof head.alg === 'string' ? algorithms[head.alg] : undefined
  if (algorithm === undefined)
    throw new HttpError(400, `signature: alg must be RS256, RS384 or RS512, got ${String(head.alg)}`)
  const signed = decodeJson(payload, 'payload')
  const ignoreId = signed.id === undefined
  if (!sameStatement(signed, statement, { ignoreAttachments: true, ignoreId }))
    throw new HttpError(400, 'signature: the JWS payload is not the statement it signs')
  if (Array.isArray(head.x5c) && typeof head.x5c[0] === 'string') {
    let key
    try {
      key = new X509Certificate(Buffer.from(head.x5c[0], 'base64')).publicKey
    } catch {
      throw new HttpError(400, 'signature: the x5c certificate cannot be read')
    }
    const verifier = createVerify(algorithm)
    verifier.update(`${header}.${payload}`)
    if (!verifier.verify(key, Buffer.from(signature, 'base64url')))
      throw new HttpError(400, 'signature: does not verify with its x5c certificate')
  }
}
