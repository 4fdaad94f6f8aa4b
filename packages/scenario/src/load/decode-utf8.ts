/**
 * Strict UTF-8 decoding in plain TypeScript (no TextDecoder, which is not in the ES library
 * this package builds against): undefined for malformed input (overlong forms, surrogates,
 * code points above U+10FFFF, truncated sequences). A leading byte-order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  const codePoints: number[] = []
  const parts: string[] = []
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  while (i < bytes.length) {
    const first = bytes[i] ?? 0
    let codePoint: number
    let extra: number
    let min: number
    if (first < 0x80) [codePoint, extra, min] = [first, 0, 0]
    else if (first >= 0xc2 && first < 0xe0) [codePoint, extra, min] = [first & 0x1f, 1, 0x80]
    else if (first >= 0xe0 && first < 0xf0) [codePoint, extra, min] = [first & 0x0f, 2, 0x800]
    else if (first >= 0xf0 && first < 0xf5) [codePoint, extra, min] = [first & 0x07, 3, 0x10000]
    else return undefined
    if (i + extra > bytes.length - 1) return undefined
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return undefined
      codePoint = (codePoint << 6) | (next & 0x3f)
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
      return undefined
    codePoints.push(codePoint)
    if (codePoints.length === 8192) parts.push(String.fromCodePoint(...codePoints.splice(0)))
    i += extra + 1
  }
  parts.push(String.fromCodePoint(...codePoints))
  return parts.join('')
}
