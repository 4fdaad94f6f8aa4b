import { readFile } from 'node:fs/promises'
import type { ScenarioReader } from '@practicum/scenario'

/** The file system as @practicum/scenario's injected reader: bytes, or undefined when missing. */
export const nodeReader: ScenarioReader = {
  async readFile(path) {
    try {
      return new Uint8Array(await readFile(path))
    } catch {
      return undefined
    }
  },
}
