import { readFile } from 'node:fs/promises'
import type { ScenarioReader } from '@practicum/scenario'

/** A reader over the real file system (what the CLI injects). */
export const fsReader: ScenarioReader = {
  async readFile(path) {
    try {
      return new Uint8Array(await readFile(path))
    } catch {
      return undefined
    }
  },
}
