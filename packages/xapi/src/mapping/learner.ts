import { sha1 } from '@noble/hashes/legacy.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { Learner } from '../statements/statement.ts'

/**
 * A learner identified by an account on a system (an LMS, an employer's directory).
 *
 * @example learnerByAccount('https://lms.example.com', 'worker-0042')
 */
export function learnerByAccount(homePage: string, name: string, displayName?: string): Learner {
  return { objectType: 'Agent', ...(displayName ? { name: displayName } : {}), account: { homePage, name } }
}

/**
 * A learner identified by the SHA-1 of `mailto:` + their address: the LRS never sees the address.
 *
 * @example learnerByMbox('worker@example.com')
 */
export function learnerByMbox(email: string, displayName?: string): Learner {
  const mbox = `mailto:${email.trim().toLowerCase()}`
  return {
    objectType: 'Agent',
    ...(displayName ? { name: displayName } : {}),
    mbox_sha1sum: bytesToHex(sha1(utf8ToBytes(mbox))),
  }
}
