import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { SimEvent } from '../events/sim-event.ts'

/** How often every body's pose is folded into the checksum, in steps. */
export const poseHashInterval = 90

/**
 * SHA-256 over the event stream and, every 90 steps, every body's pose (as float64 bits): two
 * runs with equal checksums produced the same events and moved every body the same way.
 */
export interface Checksum {
  addEvent(event: SimEvent): void
  addPoses(step: number, poses: Float64Array): void
  digest(): string
}

export function createChecksum(): Checksum {
  const hash = sha256.create()
  return {
    addEvent(event) {
      hash.update(utf8ToBytes(JSON.stringify(event)))
      hash.update(new Uint8Array([10]))
    },
    addPoses(step, poses) {
      hash.update(utf8ToBytes(`poses@${step}`))
      hash.update(new Uint8Array(poses.buffer, poses.byteOffset, poses.byteLength))
    },
    digest: () => bytesToHex(hash.clone().digest()),
  }
}
