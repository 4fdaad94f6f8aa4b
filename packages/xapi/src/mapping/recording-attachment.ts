import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { Recording } from '@practicum/sim'
import { recordingUsageType } from '../profile/iris.ts'
import type { AttachmentContent, AttachmentMetadata } from '../statements/statement.ts'

/** An attempt's recording as a statement attachment (metadata with its sha2, and the content). */
export function recordingAttachment(recording: Recording): {
  metadata: AttachmentMetadata
  content: AttachmentContent
} {
  const text = JSON.stringify(recording)
  const bytes = utf8ToBytes(text)
  const sha2 = bytesToHex(sha256(bytes))
  return {
    metadata: {
      usageType: recordingUsageType,
      display: { en: 'Attempt recording' },
      description: { en: 'Replay it with `practicum replay` to check the recorded result.' },
      contentType: 'application/json',
      length: bytes.length,
      sha2,
    },
    content: { sha2, contentType: 'application/json', text },
  }
}
