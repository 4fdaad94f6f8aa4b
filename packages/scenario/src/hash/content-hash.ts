import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { Scenario } from '../model/scenario.ts'
import { canonicalJson } from './canonical-json.ts'

/** SHA-256 of bytes, as lowercase hex (pure JavaScript: the same in Node and browsers). */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes))
}

/**
 * The identity of a scenario: SHA-256 of the RFC 8785 canonical JSON of
 * `{ scenario, assets: { <path>: <sha256 of the file> } }`. Equal scenarios with equal asset
 * bytes get equal hashes, whatever the key order or the platform.
 *
 * @param assets the bytes of every asset the scenario references, by the path written in it
 * @returns `sha256:<64 hex digits>`
 */
export function contentHash(scenario: Scenario, assets: Readonly<Record<string, Uint8Array>> = {}): string {
  const assetHashes: Record<string, string> = {}
  for (const [path, bytes] of Object.entries(assets)) assetHashes[path] = sha256Hex(bytes)
  const text = canonicalJson({ scenario, assets: assetHashes })
  return `sha256:${sha256Hex(utf8ToBytes(text))}`
}
