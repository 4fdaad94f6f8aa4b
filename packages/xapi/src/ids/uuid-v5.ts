import { sha1 } from '@noble/hashes/legacy.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'

/** The namespace of Practicum's statement ids: UUID v5 of the DNS name "w3id.org/practicum". */
export const statementIdNamespace = 'dac5569f-5686-5adf-a420-c270a6f6c716'

function parseUuid(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '')
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new RangeError(`not a UUID: ${uuid}`)
  const bytes = new Uint8Array(16)
  for (let i = 0; i < 16; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return bytes
}

function formatUuid(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * A name-based UUID, version 5 (RFC 9562 §5.5: SHA-1 of namespace and name). The same namespace
 * and name always give the same id, so statements rebuilt from a recording keep their ids.
 *
 * @example uuidV5('attempt-uuid/12', statementIdNamespace)
 */
export function uuidV5(name: string, namespace: string = statementIdNamespace): string {
  const ns = parseUuid(namespace)
  const text = utf8ToBytes(name)
  const input = new Uint8Array(ns.length + text.length)
  input.set(ns)
  input.set(text, ns.length)
  const hash = sha1(input).slice(0, 16)
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80
  return formatUuid(hash)
}
