// The desktop loop page (examples/desktop-loop), built by Vite and played in headless Chromium by
// the keyboard alone: the accessible mirror announces the instruction, a Tab/Enter path takes a
// padlock. Waits on the core's events (read through the page's read-only `window.practicum`).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { SimEvent } from '@practicum/sim'
import {
  guardNetwork,
  launchChromium,
  serveStatic,
  type LaunchedChromium,
  type StaticServer,
} from './support/index.ts'

const root = path.resolve(import.meta.dirname, '..')
const outDir = mkdtempSync(path.join(tmpdir(), 'practicum-desktop-loop-'))
let server: StaticServer
let browser: LaunchedChromium

beforeAll(async () => {
  await build({
    root: path.join(root, 'examples/desktop-loop'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  })
  server = await serveStatic(outDir)
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  rmSync(outDir, { recursive: true, force: true })
})

type PageWindow = { practicum?: { events(): readonly SimEvent[] } }

it('announces the instruction and takes a padlock by keyboard alone', async () => {
  const started = Date.now()
  const guard = await guardNetwork(browser.context)
  const page = await browser.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${server.url}?speed=1`)
  await page.waitForFunction(
    () => (window as PageWindow).practicum?.events().some((event) => event.type === 'step-started'),
    undefined,
    { timeout: 60_000 },
  )
  const status = page.locator('[role="status"][aria-live="polite"]')
  await expect.poll(() => status.textContent()).not.toBe('')
  const instruction = (await page.getByTestId('instruction').textContent()) ?? ''
  expect(instruction).not.toBe('')
  expect(await status.textContent()).toContain(instruction)

  // Tab to the padlock's button, Enter puts the hand on it; Tab on to Grip, Enter grips.
  const reach = page.getByRole('button', { name: /^Reach for .*lock/i }).first()
  const grip = page.getByRole('button', { name: 'Grip' })
  for (let i = 0; i < 40 && !(await reach.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  for (let i = 0; i < 40 && !(await grip.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await page.waitForFunction(
    () => (window as PageWindow).practicum?.events().some((event) => event.type === 'grabbed'),
    undefined,
    { timeout: 60_000 },
  )
  expect(await grip.getAttribute('aria-pressed')).toBe('true')
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-desktop-loop.png') })
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  console.log(`desktop loop, keyboard grab: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}, 120_000)
