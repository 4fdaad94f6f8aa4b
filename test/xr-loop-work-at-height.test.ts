// The work-at-height scenario on the desktop loop page (examples/desktop-loop, built by Vite),
// played in headless Chromium at ?speed=8 by the keyboard alone (Tab / Shift+Tab to the
// accessible mirror's buttons, Enter; G grips, T triggers, U raises the hand) along the expert's
// path for a case without a harness defect: inspect and put on the harness, snug the leg straps,
// clip the lifeline at the ladder foot, park the lanyard's hook on the harness (the core refuses the
// ladder with a hand full: three points of contact), climb, take the hook and tie off to the anchor
// strap, fix the bracket, untie and park the hook again, climb down. Waits on the core's events (read through the page's
// read-only `window.practicum`), never on time.
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { SimEvent } from '@practicum/sim'
import {
  buildPage,
  guardNetwork,
  launchChromium,
  serveStatic,
  type BuiltPage,
  type LaunchedChromium,
  type StaticServer,
} from './support/index.ts'

const root = path.resolve(import.meta.dirname, '..')
let built: BuiltPage
let server: StaticServer
let browser: LaunchedChromium

beforeAll(async () => {
  built = await buildPage(path.join(root, 'examples/desktop-loop'), { ownConfig: true })
  server = await serveStatic(built.outDir)
  browser = await launchChromium()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  built?.remove()
})

type V3 = { set(x: number, y: number, z: number): unknown }
interface Controller {
  position: V3
  updateButtonValue(id: string, value: number): void
}
type PageWindow = {
  practicum?: {
    events(): readonly SimEvent[]
    stepIndex: number
    xr?: {
      device?: {
        position: V3
        quaternion: { set(x: number, y: number, z: number, w: number): unknown }
        controllers: Record<'left' | 'right', Controller>
      }
      presenting: boolean
    }
  }
}

/** Focuses a button by its accessible name with Tab or Shift+Tab (the shorter way), then Enter. */
async function press(page: Page, name: string): Promise<void> {
  const moves = await page.evaluate((wanted) => {
    const tabbable = [
      ...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea'),
    ].filter((element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled)
    const target = tabbable.findIndex((element) => element.textContent?.trim() === wanted)
    if (target < 0) throw new Error(`no button "${wanted}"`)
    const at = tabbable.indexOf(document.activeElement as HTMLElement)
    const n = tabbable.length
    const forward = at < 0 ? target + 1 : (target - at + n) % n
    const back = at < 0 ? n - target : (at - target + n) % n
    return forward <= back ? forward : -back
  }, name)
  const key = moves > 0 ? 'Tab' : 'Shift+Tab'
  for (let i = 0; i < Math.abs(moves); i++) await page.keyboard.press(key)
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim())
  for (let i = 0; i < 60 && (await focused()) !== name; i++) await page.keyboard.press(key)
  expect(await focused()).toBe(name)
  await page.keyboard.press('Enter')
}

it('plays work at height (no harness defect) to passed with full marks by keyboard alone', async () => {
  const started = Date.now()
  const guard = await guardNetwork(browser.context)
  const page = await browser.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${server.url}/?scenario=work-at-height&speed=8&seed=2&mode=assessment`)
  const tail = async () =>
    JSON.stringify((await page.evaluate(() => (window as PageWindow).practicum!.events())).slice(-15))
  const seen = (type: string, id?: string) =>
    page
      .waitForFunction(
        ([wanted, which]) =>
          (window as PageWindow).practicum
            ?.events()
            .some(
              (event) =>
                event.type === wanted && (which === undefined || ('id' in event && event.id === which)),
            ),
        [type, id] as const,
        { timeout: 60_000 },
      )
      .catch(async (error: Error) => {
        throw new Error(`${error.message}\nwaiting for ${type} ${id ?? ''}; last events: ${await tail()}`)
      })
  const steps = async (count: number) => {
    const until = await page.evaluate((n) => (window as PageWindow).practicum!.stepIndex + n, count)
    await page.waitForFunction((at) => (window as PageWindow).practicum!.stepIndex >= at, until, {
      timeout: 60_000,
    })
  }
  const reach = async (name: string) => {
    await press(page, `Reach for ${name}`)
    await steps(2)
  }
  const grip = async () => {
    await page.keyboard.press('KeyG')
    await steps(2)
  }
  const trigger = async () => {
    await page.keyboard.down('KeyT')
    await steps(2)
    await page.keyboard.up('KeyT')
    await steps(2)
  }
  /** Goes into a zone (a walk, or a climb to another level); a second of steps per 1.2 m walked. */
  const go = async (button: string, seconds: number) => {
    await press(page, button)
    await steps(Math.round(seconds * 90))
  }
  await seen('step-started', 'inspectHarness')

  // Look the harness over (held for the inspection time), read it, put it on, snug the leg straps.
  await reach('Full-body harness')
  await grip()
  await seen('step-completed', 'inspectHarness')
  await trigger()
  await press(page, 'Bring hand to your body')
  await steps(90)
  await grip()
  await seen('step-completed', 'donHarness')
  await reach('Full-body harness')
  await trigger()
  await seen('step-completed', 'snugLegStraps')
  await press(page, 'Bring hand back')
  // The lifeline's snap hook at the ladder foot onto the dorsal D-ring.
  await go('Walk into Foot of the ladder', 3.5)
  await reach('Lifeline snap hook')
  await grip()
  await press(page, 'Bring hand to your body')
  await steps(90)
  await grip()
  await seen('step-completed', 'clipLifeline')
  // The lanyard's hook from the table, parked on the harness at the ladder foot: both hands free.
  await go('Walk back to the start', 3.5)
  await reach('Shock-absorbing lanyard hook')
  await grip()
  await press(page, 'Bring hand back')
  await steps(90)
  await go('Walk into Foot of the ladder', 3.5)
  await press(page, 'Bring hand to your body')
  await steps(90)
  await grip()
  await page.waitForFunction(
    () =>
      (window as PageWindow)
        .practicum!.events()
        .some((event) => event.type === 'worn' && event.item === 'lanyardHook'),
    undefined,
    { timeout: 60_000 },
  )
  await go('Walk into Scaffold deck', 1.5)
  await seen('step-completed', 'climb')
  // The hook off the keeper (a grip at the body takes off what was put on last), onto the strap.
  await reach('Shock-absorbing lanyard hook')
  await grip()
  await reach('Anchor strap (rated 5000 lbf)')
  await steps(90)
  await grip()
  await seen('step-completed', 'tieOff')
  await reach('Toe-board bracket')
  await trigger()
  await seen('step-completed', 'work')
  await reach('Shock-absorbing lanyard hook')
  await grip()
  await seen('step-completed', 'untie')
  await press(page, 'Bring hand to your body')
  await steps(90)
  await grip()
  // Down the ladder on the lifeline: the attempt ends at its foot.
  await press(page, 'Walk into Foot of the ladder')
  await seen('attempt-ended')
  const played = (Date.now() - started) / 1000

  const events = await page.evaluate(() => [...(window as PageWindow).practicum!.events()])
  expect(events.find((event) => event.type === 'attempt-ended')).toMatchObject({
    outcome: 'passed',
    score: 1,
    criticalErrors: [],
    reason: 'procedure-complete',
  })
  expect(events.filter((event) => event.type === 'fell')).toEqual([])
  expect(events.filter((event) => event.type === 'action-rejected' && event.action === 'teleport')).toEqual(
    [],
  )
  // Parked on the harness for each climb.
  expect(events.filter((event) => event.type === 'worn' && event.slot === 'lanyardKeeper')).toHaveLength(2)
  expect(events).toContainEqual(
    expect.objectContaining({ type: 'attached', object: 'lanyardHook', to: 'beamAnchor' }),
  )
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-loop-work-at-height.png') })
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  const end = events.find((event) => event.type === 'attempt-ended')
  console.log(`loop, work at height by keyboard: played in ${played.toFixed(1)} s (${end?.step} steps)`)
  expect(played).toBeLessThanOrEqual(90)
}, 180_000)
