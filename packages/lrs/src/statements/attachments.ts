import { createHash } from 'node:crypto'
import { signatureUsageType } from '@practicum/xapi'
import { HttpError } from '../http/http-error.ts'
import type { MultipartPart } from '../http/multipart.ts'
import type { AttachmentContent } from '../storage/storage.ts'
import { checkSignature } from './signature.ts'

type Json = Record<string, unknown>

const algorithmsByLength: Record<number, string> = { 56: 'sha224', 64: 'sha256', 96: 'sha384', 128: 'sha512' }

/** The hex digest of `content` with the SHA-2 function whose output length `sha2` has. */
function digestLike(sha2: string, content: Buffer): string | undefined {
  const algorithm = algorithmsByLength[sha2.length]
  return algorithm === undefined ? undefined : createHash(algorithm).update(content).digest('hex')
}

function attachmentsOf(statement: Json): Json[] {
  const own = Array.isArray(statement.attachments) ? (statement.attachments as Json[]) : []
  const object = statement.object as Json | undefined
  const nested =
    object?.objectType === 'SubStatement' && Array.isArray(object.attachments)
      ? (object.attachments as Json[])
      : []
  return [...own, ...nested]
}

/**
 * Matches multipart attachment parts to the statements' attachment objects (xAPI 2.0.0
 * §4.1.6.1 and §4.2.6): every attachment without a fileUrl needs a part whose
 * X-Experience-API-Hash is its sha2 and whose content hashes to it; every part must be used;
 * signature attachments must hold a JWS of their statement.
 */
export function collectAttachments(
  statements: readonly Json[],
  parts: readonly MultipartPart[],
): AttachmentContent[] {
  const byHash = new Map<string, MultipartPart>()
  for (const part of parts) {
    const hash = part.headers['x-experience-api-hash']
    if (hash === undefined)
      throw new HttpError(400, 'multipart: every attachment part needs an X-Experience-API-Hash header')
    const encoding = part.headers['content-transfer-encoding']
    if (encoding !== undefined && encoding.toLowerCase() !== 'binary')
      throw new HttpError(400, 'multipart: Content-Transfer-Encoding must be binary')
    const actual = digestLike(hash, part.body)
    if (actual === undefined || actual !== hash.toLowerCase())
      throw new HttpError(
        400,
        `multipart: a part's content does not hash to its X-Experience-API-Hash ${hash}`,
      )
    byHash.set(hash.toLowerCase(), part)
  }
  const used = new Set<string>()
  for (const statement of statements) {
    for (const attachment of attachmentsOf(statement)) {
      const sha2 = String(attachment.sha2).toLowerCase()
      const part = byHash.get(sha2)
      const isSignature = attachment.usageType === signatureUsageType
      if (isSignature) {
        if (attachment.contentType !== 'application/octet-stream')
          throw new HttpError(400, 'signature: the attachment contentType must be application/octet-stream')
        if (part === undefined) throw new HttpError(400, 'signature: the signature attachment has no part')
        checkSignature(statement, part.body.toString('utf8'))
      }
      if (part !== undefined) used.add(sha2)
      else if (attachment.fileUrl === undefined)
        throw new HttpError(400, `attachment ${sha2} has neither a fileUrl nor a multipart part`)
    }
  }
  for (const hash of byHash.keys())
    if (!used.has(hash))
      throw new HttpError(400, `multipart: the part with hash ${hash} belongs to no attachment`)
  return [...used].map((sha2) => {
    const part = byHash.get(sha2) as MultipartPart
    return {
      sha2,
      contentType: part.headers['content-type'] ?? 'application/octet-stream',
      content: new Uint8Array(part.body),
    }
  })
}
