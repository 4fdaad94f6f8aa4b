import path from 'node:path'
import type { CommandIO } from '../commands/command-io.ts'
import { describeStorage, openStorage } from './open-storage.ts'
import type { LrsStorageChoice } from './lrs-options.ts'

/** `practicum lrs backup [--out file]`: a consistent copy while the LRS may be running. */
export async function runBackup(
  choice: LrsStorageChoice,
  out: string | undefined,
  io: CommandIO,
): Promise<number> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const extension = choice.postgres === undefined ? 'sqlite' : 'pgdump'
  const destination = path.resolve(out ?? path.join(choice.dataDir, 'backups', `lrs-${stamp}.${extension}`))
  const storage = await openStorage(choice)
  try {
    await storage.backup(destination)
    io.out(`practicum lrs backup: ${describeStorage(choice)} → ${destination}`)
    return 0
  } finally {
    await storage.close()
  }
}
