import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import type { CredentialRecord, LrsStorage } from '../storage/storage.ts'
import { isScope, type Scope } from './scopes.ts'

/** A credential as created: the secret appears here once and is stored only hashed. */
export interface NewCredential {
  key: string
  secret: string
  scopes: Scope[]
  label: string
}

function scryptAsync(secret: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, 32, { N: 16384, r: 8, p: 1 }, (error, derived) =>
      error ? reject(error) : resolve(derived),
    ),
  )
}

/** Hashes a secret with scrypt and a random salt: `scrypt$<salt>$<hash>` (base64url). */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16)
  return `scrypt$${salt.toString('base64url')}$${(await scryptAsync(secret, salt)).toString('base64url')}`
}

/** True when `secret` matches a hash made by hashSecret. */
export async function verifySecret(secret: string, hash: string): Promise<boolean> {
  const [kind, salt, expected] = hash.split('$')
  if (kind !== 'scrypt' || salt === undefined || expected === undefined) return false
  const derived = await scryptAsync(secret, Buffer.from(salt, 'base64url'))
  const wanted = Buffer.from(expected, 'base64url')
  return derived.length === wanted.length && timingSafeEqual(derived, wanted)
}

/** Creates a credential with the given scopes and stores it hashed; returns the secret once. */
/**
 * 32 characters of base64url that never start with "-": a secret beginning with a dash reads as an
 * option on a command line (`--secret -x…`), which once made `npm start` fail one time in 64.
 */
function newSecret(): string {
  for (;;) {
    const secret = randomBytes(24).toString('base64url')
    if (!secret.startsWith('-')) return secret
  }
}

export async function addCredential(
  storage: LrsStorage,
  options: { scopes: readonly string[]; label: string },
): Promise<NewCredential> {
  const unknown = options.scopes.filter((scope) => !isScope(scope))
  if (unknown.length > 0) throw new Error(`unknown scope(s): ${unknown.join(', ')}`)
  const credential: NewCredential = {
    key: randomBytes(12).toString('hex'),
    secret: newSecret(),
    scopes: options.scopes as Scope[],
    label: options.label,
  }
  await storage.putCredential({
    key: credential.key,
    secretHash: await hashSecret(credential.secret),
    scopes: credential.scopes,
    label: credential.label,
    created: new Date().toISOString(),
  })
  return credential
}

/**
 * Checks Basic credentials against the store. scrypt is slow on purpose, so a successful check
 * is remembered (by a SHA-256 of key and secret) for `cacheMs`; a revoked key stops working
 * within that time.
 */
export function credentialVerifier(
  storage: LrsStorage,
  cacheMs = 30_000,
): (key: string, secret: string) => Promise<CredentialRecord | undefined> {
  const cache = new Map<string, { credential: CredentialRecord; until: number }>()
  return async (key, secret) => {
    const fingerprint = createHash('sha256').update(`${key}\u0000${secret}`).digest('base64')
    const hit = cache.get(fingerprint)
    if (hit && hit.until > Date.now()) return hit.credential
    const credential = await storage.getCredential(key)
    if (
      !credential ||
      credential.revoked !== undefined ||
      !(await verifySecret(secret, credential.secretHash))
    )
      return undefined
    if (cache.size > 1000) cache.clear()
    cache.set(fingerprint, { credential, until: Date.now() + cacheMs })
    return credential
  }
}
