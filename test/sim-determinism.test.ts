// The same bot run gives the same checksum in Node and in headless Chromium: the core, bundled by
// Vite into a bare page, makes its own deterministic Rapier world there too.
import RAPIER from '@dimforge/rapier3d-compat'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { parseScenario, validateScenario } from '@practicum/scenario'
import { createSim, runBot } from '@practicum/sim'
import { expert } from '../packages/sim/test/support/press-lockout-bots.ts'
import {
  guardNetwork,
  launchChromium,
  serveStatic,
  type LaunchedChromium,
  type StaticServer,
  buildPage,
  type BuiltPage,
} from './support/index.ts'

const root = path.resolve(import.meta.dirname, '..')
let built: BuiltPage
let server: StaticServer
let browser: LaunchedChromium

beforeAll(async () => {
  built = await buildPage(path.join(import.meta.dirname, 'browser/sim-page'))
  server = await serveStatic(built.outDir)
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  built?.remove()
})

function nodeRun(): { checksum: string; outcome: string | undefined; steps: number } {
  const file = path.join(root, 'packages/sim/test/fixtures/press-lockout.yaml')
  const parsed = parseScenario(readFileSync(file, 'utf8'), { file: 'press-lockout.yaml' })
  const validated = validateScenario(parsed.data, { file: 'press-lockout.yaml', sourceMap: parsed.sourceMap })
  if (!validated.ok) throw new Error('fixture invalid')
  const sim = createSim({ rapier: RAPIER, scenario: validated.scenario, mode: 'assessment', seed: 7 })
  runBot(sim, expert)
  const recording = sim.recording()
  sim.dispose()
  return { checksum: recording.checksum, outcome: recording.result.outcome, steps: recording.steps }
}

it('gives the same checksum in Node and in headless Chromium', async () => {
  await RAPIER.init()
  const inNode = nodeRun()
  const guard = await guardNetwork(browser.context)
  const page = await browser.context.newPage()
  await page.goto(server.url)
  await page.waitForFunction(
    () => (window as unknown as { result?: unknown }).result !== undefined,
    undefined,
    { timeout: 90_000 },
  )
  const inBrowser = await page.evaluate(
    () => (window as unknown as { result: Record<string, unknown> }).result,
  )
  guard.assertLocalOnly()
  expect(inBrowser).toEqual({ checksum: inNode.checksum, outcome: 'passed', steps: inNode.steps })
  expect(inNode.outcome).toBe('passed')
}, 120_000)
