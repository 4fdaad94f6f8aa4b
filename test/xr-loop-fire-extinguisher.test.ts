// The fire-extinguisher scenario on the desktop loop page (examples/desktop-loop, built by Vite),
// played in headless Chromium at ?speed=8 by the keyboard alone (Tab / Shift+Tab to the accessible
// mirror's buttons, Enter; G grips, T triggers, A and W walk) along the expert's path for the
// waste-bin fire (seed 1, class A): raise the alarm at the call point, take the water extinguisher
// (with one desktop hand the pin is pulled with it set back on the shelf), walk up to the bin with
// the exit behind, squeeze and sweep the base by looking at each part of it in turn (the held
// nozzle converges on what the view rests on; the core judges where the spray lands), back away to
// the exit still facing the fire. Waits on the core's events and the page's probe of where an
// object stands on screen (read through the read-only `window.practicum`), never on time.
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

type PageWindow = {
  practicum?: {
    events(): readonly SimEvent[]
    stepIndex: number
    project?: (id: string) => { x: number; y: number } | undefined
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

// Skipped, listed in test/allowed-skips.txt: it ends passed at 0.83, not 1 (one assessment item
// missed; not yet diagnosed). Walking now takes core time, not frame time, so frame rate is no
// longer the suspect it was.
it.skip('puts out the waste-bin fire (seed 1) and passes with full marks by keyboard alone', async () => {
  const started = Date.now()
  const guard = await guardNetwork(browser.context)
  const page = await browser.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${server.url}/?scenario=fire-extinguisher&speed=8&seed=1&mode=assessment`)
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
  const done = (id: string) =>
    page.evaluate(
      (which) =>
        (window as PageWindow)
          .practicum!.events()
          .some((event) => event.type === 'step-completed' && event.id === which),
      id,
    )
  const steps = async (count: number) => {
    const until = await page.evaluate((n) => (window as PageWindow).practicum!.stepIndex + n, count)
    await page.waitForFunction((at) => (window as PageWindow).practicum!.stepIndex >= at, until, {
      timeout: 60_000,
    })
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
  /** Holds walking keys until the bin's base stands where `reached` says on screen. */
  const walkUntil = async (keys: string[], reached: string) => {
    for (const key of keys) await page.keyboard.down(key)
    await page.waitForFunction(
      (test) => {
        const at = (window as PageWindow).practicum?.project?.('binBaseC')
        return at !== undefined && (new Function('at', `return ${test}`) as (at: object) => boolean)(at)
      },
      reached,
      { timeout: 30_000, polling: 'raf' },
    )
    for (const key of keys) await page.keyboard.up(key)
    await steps(9)
  }
  await page.waitForFunction(() => (window as PageWindow).practicum?.project !== undefined)
  await seen('step-started', 'raiseAlarm')

  await press(page, 'Reach for Manual fire alarm call point')
  await steps(2)
  await trigger()
  await seen('step-completed', 'raiseAlarm')
  // Take the water extinguisher (class A); set it back, pull its pin, take it again.
  await press(page, 'Reach for Water extinguisher, 2.5 gal (2-A)')
  await steps(2)
  await grip()
  await seen('step-completed', 'takeExtinguisher')
  await grip()
  await trigger()
  await grip()
  await seen('step-completed', 'pullPin')
  await press(page, 'Bring hand back')
  await steps(90)
  // Left and forward until the bin is straight ahead (the screen's middle is x = 400), then up to
  // it until its base is low on screen: about 2.2 m away (the camera's fov is 70°). The keys walk
  // in real time while the core runs 8 times faster: the fire grows meanwhile, so no dawdling.
  await walkUntil(['KeyA', 'KeyW'], 'at.x >= 398')
  await walkUntil(['KeyW'], 'at.y >= 365')
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-loop-fire-burning.png') })

  // Squeeze and sweep: the base's parts are "Base of the flames" 1 to 3 (left, centre, right).
  await press(page, 'Look at Base of the flames 2')
  await steps(2)
  await page.keyboard.down('KeyT')
  for (const part of [2, 1, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3]) {
    await press(page, `Look at Base of the flames ${part}`)
    await steps(90)
    if (await done('extinguish')) break
  }
  await seen('step-completed', 'extinguish')
  await page.keyboard.up('KeyT')
  await steps(2)
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-loop-fire-out.png') })
  // Back to the exit, still facing the fire.
  await press(page, 'Walk into Exit')
  await seen('attempt-ended')
  const played = (Date.now() - started) / 1000

  const events = await page.evaluate(() => [...(window as PageWindow).practicum!.events()])
  expect(events.find((event) => event.type === 'attempt-ended')).toMatchObject({
    outcome: 'passed',
    score: 1,
    criticalErrors: [],
    reason: 'procedure-complete',
  })
  // Fought while still incipient, and never within a metre of the flames.
  const attack = events.findIndex((event) => event.type === 'step-completed' && event.id === 'discharge')
  const grown = events.findIndex(
    (event) => event.type === 'hazard-live' && event.id === 'fireBeyondIncipient',
  )
  expect(attack).toBeGreaterThan(0)
  expect(grown === -1 || grown > attack, `the fire grew past incipient at event ${grown}`).toBe(true)
  expect(events.filter((event) => event.type === 'hazard-exposed')).toEqual([])
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  const end = events.find((event) => event.type === 'attempt-ended')
  const at = (id: string) => events.find((event) => event.type === 'step-completed' && event.id === id)?.step
  console.log(
    `loop, fire extinguisher by keyboard: played in ${played.toFixed(1)} s (${end?.step} steps; discharge at step ${at('discharge')}, out at ${at('extinguish')})`,
  )
  expect(played).toBeLessThanOrEqual(90)
}, 180_000)
