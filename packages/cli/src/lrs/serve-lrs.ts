import { addCredential, startLrsServer, type LrsServer, type LrsStorage } from '@practicum/lrs'
import type { CommandIO } from '../commands/command-io.ts'
import { describeStorage, openStorage } from './open-storage.ts'
import type { LrsStorageChoice } from './lrs-options.ts'

/** The last line of a successful start; `npm start` and scripts wait for it. */
export function listeningLine(url: string): string {
  return `practicum lrs: listening on ${url}`
}

/** A started LRS of the CLI: stop() closes the server, then the storage. */
export interface ServedLrs {
  server: LrsServer
  storage: LrsStorage
  stop: () => Promise<void>
}

/**
 * Opens the storage, creates an `all` credential on first start (printed once: only its hash is
 * kept), starts the server, and ends with the listening line.
 */
export async function serveLrs(choice: LrsStorageChoice, port: number, io: CommandIO): Promise<ServedLrs> {
  const storage = await openStorage(choice)
  try {
    io.out(
      `practicum lrs: storage ${describeStorage(choice)} (schema version ${await storage.schemaVersion()})`,
    )
    const active = (await storage.listCredentials()).filter((credential) => credential.revoked === undefined)
    if (active.length === 0) {
      const credential = await addCredential(storage, { scopes: ['all'], label: 'practicum' })
      io.out(
        'practicum lrs: first start, created a credential with scope "all" (the secret is shown only now):',
      )
      io.out(`  key:    ${credential.key}`)
      io.out(`  secret: ${credential.secret}`)
      io.out('  more with: practicum lrs keys add --scope statements/write --label "headset"')
    } else
      io.out(`practicum lrs: ${active.length} active credential(s); list them with: practicum lrs keys list`)
    const server = await startLrsServer({ storage, port })
    io.out(listeningLine(server.url))
    return {
      server,
      storage,
      stop: async () => {
        await server.close()
        await storage.close()
      },
    }
  } catch (error) {
    await storage.close()
    throw error
  }
}
