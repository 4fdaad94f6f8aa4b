import { addCredential, scopes } from '@practicum/lrs'
import type { CommandIO } from '../commands/command-io.ts'
import { openStorage } from './open-storage.ts'
import type { LrsStorageChoice } from './lrs-options.ts'

/** `practicum lrs keys add|list|revoke`; resolves to the exit code. */
export async function runKeys(
  action: string | undefined,
  rest: readonly string[],
  options: { choice: LrsStorageChoice; scope: readonly string[]; label: string },
  io: CommandIO,
): Promise<number> {
  if (action !== 'add' && action !== 'list' && action !== 'revoke') {
    io.err('practicum lrs keys: use add, list or revoke')
    return 1
  }
  const storage = await openStorage(options.choice)
  try {
    if (action === 'add') {
      const wanted = options.scope.length > 0 ? options.scope : ['all']
      const unknown = wanted.filter((scope) => !(scopes as readonly string[]).includes(scope))
      if (unknown.length > 0) {
        io.err(`practicum lrs keys add: unknown scope(s) ${unknown.join(', ')}; known: ${scopes.join(', ')}`)
        return 1
      }
      const credential = await addCredential(storage, { scopes: wanted, label: options.label })
      io.out(`key:    ${credential.key}`)
      io.out(`secret: ${credential.secret}`)
      io.out(`scopes: ${credential.scopes.join(' ')}`)
      io.out('The secret is stored only hashed: keep it now.')
      return 0
    }
    if (action === 'list') {
      const credentials = await storage.listCredentials()
      if (credentials.length === 0) io.out('no credentials yet (practicum lrs creates one on first start)')
      for (const credential of credentials)
        io.out(
          `${credential.key}  ${credential.revoked ? `revoked ${credential.revoked}` : 'active'}  ${credential.scopes.join(' ')}  ${credential.label}  created ${credential.created}`,
        )
      return 0
    }
    const key = rest[0]
    if (key === undefined) {
      io.err('practicum lrs keys revoke: which key? (practicum lrs keys list)')
      return 1
    }
    if (!(await storage.revokeCredential(key, new Date().toISOString()))) {
      io.err(`practicum lrs keys revoke: no active key ${key}`)
      return 1
    }
    io.out(`revoked ${key} (a running LRS refuses it within 30 s)`)
    return 0
  } finally {
    await storage.close()
  }
}
