/** Decodes UTF-8 bytes (no TextDecoder: it is not in the ES library the core targets). */
export function decodeUtf8(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length;) {
    const a = bytes[i++]!
    let code: number
    if (a < 0x80) code = a
    else if (a < 0xe0) code = ((a & 0x1f) << 6) | (bytes[i++]! & 0x3f)
    else if (a < 0xf0) code = ((a & 0x0f) << 12) | ((bytes[i++]! & 0x3f) << 6) | (bytes[i++]! & 0x3f)
    else
      code =
        ((a & 0x07) << 18) | ((bytes[i++]! & 0x3f) << 12) | ((bytes[i++]! & 0x3f) << 6) | (bytes[i++]! & 0x3f)
    out += String.fromCodePoint(code)
  }
  return out
}
