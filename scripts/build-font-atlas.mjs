// node scripts/build-font-atlas.mjs: builds the in-world text's MSDF atlas offline
// from Noto Sans (OFL, packages/xr/fonts/) with uikit's own generator (@zappar/msdf-generator, the
// msdfgen WebAssembly port that uikit's TTFLoader runs in the browser), here run in Node. The charset
// is every character of every shipped string (shipped-text.ts) plus Latin-1 and a few common signs,
// so small text edits rarely need a rebuild; packages/xr/test/font-atlas.test.ts fails when one does.
import { readFileSync, realpathSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { deflateSync } from 'node:zlib'
import { runnerImport } from 'vite'

const root = path.resolve(import.meta.dirname, '..')
const fonts = path.join(root, 'packages/xr/fonts')
const font = path.join(fonts, 'NotoSans-Regular.ttf')
const output = path.join(fonts, 'noto-sans-regular.json')
const extra = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(0xa1 + i)).join('')}œŒ€₂–—“”‘’«»…•`

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes) {
  let c = 0xffffffff
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}
/** An RGBA image as a PNG (filter 0 on every row). */
function encodePng({ data, width, height }) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8)
  const rows = Buffer.alloc((width * 4 + 1) * height)
  for (let y = 0; y < height; y++)
    rows.set(data.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1)
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ])
}

/**
 * The generator's worker module, run on this thread: it answers comlink messages on a channel
 * (`self` is the channel's port) and reads its WebAssembly from disk (no network).
 */
async function startGenerator() {
  const dist = path.join(
    realpathSync(path.join(root, 'packages/xr/node_modules/@zappar/msdf-generator')),
    'dist',
  )
  const comlinkFile = path.join(dist, '../../../comlink/dist/esm/comlink.mjs')
  const { wrap } = await import(pathToFileURL(comlinkFile).href)
  const { port1, port2 } = new MessageChannel()
  const scope = globalThis
  scope.addEventListener = port2.addEventListener.bind(port2)
  scope.removeEventListener = port2.removeEventListener.bind(port2)
  scope.postMessage = port2.postMessage.bind(port2)
  port2.start()
  // The atlas comes back as ImageData, a browser class: a plain holder of its pixels will do.
  scope.ImageData ??= class {
    constructor(data, width, height) {
      Object.assign(this, { data, width, height })
    }
  }
  const fetchFile = globalThis.fetch
  globalThis.fetch = async (input, init) => {
    const url = String(input)
    if (!url.startsWith('file:')) return fetchFile(input, init)
    const bytes = readFileSync(new URL(url))
    return new Response(bytes, { headers: { 'content-type': 'application/wasm' } })
  }
  await import(pathToFileURL(path.join(dist, 'worker.js')).href)
  const generator = wrap(port1)
  await generator.initialize(pathToFileURL(path.join(dist, 'msdfgen_wasm.wasm')).href)
  return generator
}

// The shipped strings are read by TypeScript modules: load them through Vite's module runner.
const { module: shippedText } = await runnerImport(path.join(root, 'scripts/shipped-text.ts'), {
  configFile: false,
  environments: {
    inline: {
      resolve: {
        conditions: ['source', 'module', 'node', 'import', 'default'],
        noExternal: [/^@practicum\//],
      },
    },
  },
  logLevel: 'error',
})
const { charactersOf, shippedStrings } = shippedText

{
  const shipped = charactersOf(shippedStrings(root)).join('')
  const charset = [...new Set([...shipped, ...extra])].join('')
  const generator = await startGenerator()
  await generator.loadFont(new Uint8Array(readFileSync(font)))
  const options = {
    charset,
    fontSize: 36,
    textureSize: [512, 512],
    fieldRange: 4,
    padding: 4,
    fixOverlaps: true,
  }
  const atlas = await generator.generateAtlas({ ...options, font: new Uint8Array() })
  const json = await generator.exportJSON({ atlas, fontSize: options.fontSize })
  const png = encodePng(atlas.texture)
  const info = { ...json, pages: [`data:image/png;base64,${png.toString('base64')}`] }
  writeFileSync(output, `${JSON.stringify(info)}\n`)
  const missing = [...charset].filter((character) => !atlas.glyphs.some((glyph) => glyph.char === character))
  console.log(
    `${path.relative(root, output)}: ${atlas.glyphs.length} glyphs of ${[...charset].length} asked, ` +
      `${atlas.textureSize.join('×')} px, ${(png.length / 1024).toFixed(0)} KiB PNG` +
      (missing.length ? `; not in the font: ${missing.join(' ')}` : ''),
  )
  // The generator's channel would keep Node alive.
  process.exit(0)
}
