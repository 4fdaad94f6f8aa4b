import type { XapiVersion } from '@practicum/xapi'
import type { CredentialRecord } from '../storage/storage.ts'
import { HttpError } from './http-error.ts'

/** The xAPI version of a request from its X-Experience-API-Version header: 1.0.x → 1.0.3, 2.0.x → 2.0.0. */
export function negotiateVersion(header: string | undefined): XapiVersion {
  if (header === undefined)
    throw new HttpError(400, 'the X-Experience-API-Version header is required (2.0.0 or 1.0.3)')
  if (/^1\.0(\.\d+)?$/.test(header.trim())) return '1.0.3'
  if (/^2\.0(\.\d+)?$/.test(header.trim())) return '2.0.0'
  throw new HttpError(400, `X-Experience-API-Version ${header} is not supported (2.0.0 or 1.0.3)`)
}

/** The credential of a request's Basic Authorization header; 401 when missing or wrong. */
export async function authenticate(
  header: string | undefined,
  verify: (key: string, secret: string) => Promise<CredentialRecord | undefined>,
): Promise<CredentialRecord> {
  const match = header === undefined ? null : /^Basic\s+(\S+)$/i.exec(header.trim())
  if (!match) throw new HttpError(401, 'credentials are required (HTTP Basic)')
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  const credential = colon < 0 ? undefined : await verify(decoded.slice(0, colon), decoded.slice(colon + 1))
  if (!credential) throw new HttpError(401, 'the credentials are not valid')
  return credential
}
