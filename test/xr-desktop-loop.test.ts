// The desktop loop page (examples/desktop-loop), built by Vite and played in headless Chromium by
// the keyboard alone: the accessible mirror announces the instruction, a Tab/Enter path takes a
// padlock and locks it onto a hasp. Waits on the core's events (read through the page's read-only `window.practicum`).
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

type PageWindow = { practicum?: { events(): readonly SimEvent[]; stepIndex: number } }

it('announces the instruction and locks a padlock onto a hasp by keyboard alone', async () => {
  const started = Date.now()
  const guard = await guardNetwork(browser.context)
  const page = await browser.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${server.url}?speed=4`)
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

  // Tab to a button, Enter: the hand goes to the padlock, grips it, goes to the hasp, lets go.
  const pressButton = async (name: string) => {
    const button = page.getByRole('button', { name, exact: true })
    for (let i = 0; i < 40 && !(await button.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab')
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
  }
  const eventSeen = (type: string) =>
    page.waitForFunction(
      (wanted) => (window as PageWindow).practicum?.events().some((event) => event.type === wanted),
      type,
      { timeout: 60_000 },
    )
  await pressButton('Reach for Your lock and tag 1')
  await pressButton('Grip')
  await eventSeen('grabbed')
  expect(await page.getByRole('button', { name: 'Grip' }).getAttribute('aria-pressed')).toBe('true')
  await pressButton('Reach for Lockout hasp 1')
  // The core carries the lock to the hand by velocity: let it take a second of steps.
  const carried = await page.evaluate(() => (window as PageWindow).practicum!.stepIndex + 90)
  await page.waitForFunction((until) => (window as PageWindow).practicum!.stepIndex >= until, carried, {
    timeout: 60_000,
  })
  await pressButton('Grip')
  await eventSeen('attached')
  const attached = await page.evaluate(() =>
    (window as PageWindow).practicum!.events().find((event) => event.type === 'attached'),
  )
  expect(attached).toMatchObject({ object: 'lockA', to: 'haspE1Point' })
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-desktop-loop.png') })
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  console.log(`desktop loop, keyboard lock-on: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}, 120_000)
