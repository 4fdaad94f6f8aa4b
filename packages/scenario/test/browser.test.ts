// The package runs in a real browser (Debian's Chromium) and gives there what it gives in Node:
// the same validated scenario, the same content hash, the same problems.
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentHash, formatText, loadScenario } from '@practicum/scenario'
import { fixturesDir } from './support/fixtures.ts'
import { fsReader } from './support/read-file.ts'

const chromiumPath = process.env['PRACTICUM_CHROMIUM'] ?? '/usr/bin/chromium'
let browser: Browser
let bundle: string

beforeAll(async () => {
  if (!existsSync(chromiumPath))
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install -y chromium`)
  const outDir = await mkdtemp(path.join(tmpdir(), 'practicum-scenario-browser-'))
  await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
    build: {
      outDir,
      minify: false,
      lib: {
        entry: path.join(import.meta.dirname, 'browser', 'entry.ts'),
        formats: ['iife'],
        name: 'entry',
        fileName: () => 'entry.js',
      },
    },
  })
  bundle = readFileSync(path.join(outDir, 'entry.js'), 'utf8')
  await rm(outDir, { recursive: true, force: true })
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

/** Every file of a fixture folder as number arrays (they cross into the page as JSON). */
function filesOf(file: string, assets: string[]): Record<string, number[]> {
  const files: Record<string, number[]> = {}
  for (const name of [file, ...assets]) {
    const full = path.join(path.dirname(file), name === file ? path.basename(file) : name)
    files[name === file ? 'scenario.yaml' : name] = [...readFileSync(full)]
  }
  return files
}

async function inBrowser(files: Record<string, number[]>) {
  const page = await browser.newPage()
  try {
    await page.addScriptTag({ content: bundle })
    return await page.evaluate(
      (payload) =>
        (
          globalThis as unknown as {
            practicumScenario: { load: (files: Record<string, number[]>, file: string) => Promise<unknown> }
          }
        ).practicumScenario.load(payload, 'scenario.yaml'),
      files,
    )
  } finally {
    await page.close()
  }
}

describe('in a browser (Chromium)', () => {
  it('loads the every-node fixture to the same scenario and the same content hash as Node', async () => {
    const file = path.join(fixturesDir, 'valid', 'every-node.yaml')
    const node = await loadScenario(file, fsReader)
    if (!node.ok) throw new Error('fixture invalid')
    const fromBrowser = (await inBrowser(filesOf(file, ['assets/press.glb', 'assets/alarm.wav']))) as Record<
      string,
      string
    >
    expect(fromBrowser['ok']).toBe(true)
    expect(fromBrowser['hash']).toBe(node.hash)
    expect(fromBrowser['bareHash']).toBe(contentHash(node.scenario))
    expect(JSON.parse(fromBrowser['scenarioJson'] ?? 'null')).toStrictEqual(node.scenario)
    expect(fromBrowser['french']).toMatch(/^O₂ 19,5[\u00a0\u202f]% à la fosse$/)
    expect(formatText(node.scenario, 't.o2Reading', { value: 0.195, place: 'la fosse' }, 'fr')).toMatch(
      /^O₂ 19,5[\u00a0\u202f]% à la fosse$/,
    )
  })

  it('gives the same located problems for a broken file', async () => {
    const file = path.join(fixturesDir, 'broken', 'unknown-reference.yaml')
    const node = await loadScenario(file, fsReader)
    const fromBrowser = (await inBrowser(filesOf(file, []))) as {
      ok: boolean
      problems: { line: number; column: number; message: string }[]
    }
    expect(fromBrowser.ok).toBe(false)
    expect(fromBrowser.problems.map(({ line, column, message }) => ({ line, column, message }))).toEqual(
      node.problems.map(({ line, column, message }) => ({ line, column, message })),
    )
  })
})
