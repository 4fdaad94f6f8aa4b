import { describe, expect, it } from 'vitest'
import { canonicalJson, contentHash, sha256Hex } from '@practicum/scenario'
import { fixtureText, validateText } from './support/fixtures.ts'

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'))

describe('SHA-256 (pure JavaScript, same in Node and browsers)', () => {
  // FIPS 180-4 / NIST CAVP example vectors.
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('hashes %j', (text, hex) => {
    expect(sha256Hex(utf8(text))).toBe(hex)
  })

  it('hashes a million "a"', () => {
    expect(sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    )
  })
})

describe('RFC 8785 canonical JSON', () => {
  it('sorts keys by UTF-16 code units and writes numbers as ECMAScript does (RFC 8785 §3.2.2, appendix B)', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], '€': 1, '\u0080': 2, '😀': 3, '\ufb33': 4 })).toBe(
      '{"a":[true,null,"x"],"b":1,"\u0080":2,"€":1,"😀":3,"\ufb33":4}',
    )
    expect(canonicalJson([1e21, 1e-7, 0.000001, -0, 333333333.3333333, 5e-324, 1.7976931348623157e308])).toBe(
      '[1e+21,1e-7,0.000001,0,333333333.3333333,5e-324,1.7976931348623157e+308]',
    )
    expect(canonicalJson('\u2028\n"\\\u0001')).toBe('"\u2028\\n\\"\\\\\\u0001"')
  })

  it('refuses what JSON cannot represent', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError)
  })
})

describe('content hash', () => {
  const result = validateText(fixtureText('valid', 'every-node.yaml'))
  if (!result.ok) throw new Error('fixture invalid')
  const { scenario } = result

  it('does not depend on key order', () => {
    const reversed = JSON.parse(JSON.stringify(scenario, Object.keys(scenario).reverse())) as typeof scenario
    const shuffled = { ...reversed, ...scenario }
    expect(contentHash(shuffled)).toBe(contentHash(scenario))
  })

  it('changes with the scenario and with the bytes of every asset', () => {
    const base = contentHash(scenario, { 'assets/press.glb': utf8('one') })
    expect(base).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(contentHash(scenario, { 'assets/press.glb': utf8('two') })).not.toBe(base)
    expect(contentHash({ ...scenario, id: 'other' }, { 'assets/press.glb': utf8('one') })).not.toBe(base)
  })

  it('is SHA-256 of the canonical JSON of { scenario, assets }', () => {
    const assets = { 'a.glb': utf8('x') }
    const expected = sha256Hex(utf8(canonicalJson({ scenario, assets: { 'a.glb': sha256Hex(utf8('x')) } })))
    expect(contentHash(scenario, assets)).toBe(`sha256:${expected}`)
  })
})
