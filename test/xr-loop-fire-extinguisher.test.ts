// The fire-extinguisher scenario on the desktop loop page (examples/desktop-loop, built by Vite),
// played in headless Chromium at ?speed=8 by the keyboard alone (Tab / Shift+Tab to the accessible
// mirror's buttons, Enter; G grips, T triggers, Esc pauses) along the expert's path for the
// waste-bin fire (seed 1, class A): raise the alarm at the call point, take the water extinguisher
// (with one desktop hand the pin is pulled with it set back on the shelf), step left until the bin
// is straight ahead and forward until it stands 2 m away (the mirror's Step buttons: 50 cm each,
// ending on the spot whatever the frame rate; a held W at speed 8 walks up to a metre past its
// key-up), squeeze and sweep the base by looking at each part of it in turn (the held nozzle
// converges on what the view rests on; the core judges where the spray lands), back away to the
// exit still facing the fire. The learner pauses (Esc) while tabbing to a far button, so the fire
// does not grow eight times faster than a keyboard can move. Waits on the core's events and the
// page's probe of where an object stands on screen (read through the read-only `window.practicum`),
// never on time.
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
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

it('puts out the waste-bin fire (seed 1) and passes with full marks by keyboard alone', async () => {
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
  /** Waits until the core has taken `count` more steps (counted in the page: one round trip). */
  const steps = (count: number) =>
    page.evaluate(async (n) => {
      const practicum = (window as PageWindow).practicum!
      const until = practicum.stepIndex + n
      while (practicum.stepIndex < until) await new Promise((resolve) => requestAnimationFrame(resolve))
    }, count)
  // The learner pauses (Esc, the page's pause control) while looking for a button and resumes to
  // press it: at speed 8 the fire grows eight times faster than a keyboard moves.
  let paused = false
  const pause = async (wanted: boolean) => {
    if (paused !== wanted) await page.keyboard.press('Escape')
    paused = wanted
  }
  /** Focuses a button by its accessible name with Tab or Shift+Tab (the shorter way), then Enter. */
  const press = async (name: string) => {
    await pause(true)
    const { moves, shown } = await page.evaluate((wanted) => {
      const tabbable = [
        ...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea'),
      ].filter((element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled)
      const target = tabbable.findIndex((element) => element.textContent?.trim() === wanted)
      if (target < 0) throw new Error(`no button "${wanted}"`)
      const at = tabbable.indexOf(document.activeElement as HTMLElement)
      const n = tabbable.length
      const forward = at < 0 ? target + 1 : (target - at + n) % n
      const back = at < 0 ? n - target : (at - target + n) % n
      const shown = tabbable.find((element) => element.getAttribute('aria-pressed') !== null)?.textContent
      return { moves: forward <= back ? forward : -back, shown }
    }, name)
    expect(shown, 'the page is paused while the learner looks for a button').toBe('Resume (Esc)')
    const key = moves > 0 ? 'Tab' : 'Shift+Tab'
    for (let i = 0; i < Math.abs(moves); i++) await page.keyboard.press(key)
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim())
    for (let i = 0; i < 60 && (await focused()) !== name; i++) await page.keyboard.press(key)
    expect(await focused()).toBe(name)
    await pause(false)
    await page.keyboard.press('Enter')
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
  /** Where the centre of the bin's base is on screen (the page's projector of the live camera). */
  const binOnScreen = async () => {
    const at = await page.evaluate(() => (window as PageWindow).practicum!.project!('binBaseC'))
    if (!at) throw new Error('binBaseC is not on the page')
    return at
  }
  /**
   * Presses a Step button while `more` holds of what the learner sees (looked at paused), each step
   * walked out before the next: 50 cm take 38 steps of the core, and the rig walks at least as fast.
   */
  const stepWhile = async (name: string, more: (at: { x: number; y: number }) => boolean) => {
    await pause(true)
    for (let i = 0; i < 16 && more(await binOnScreen()); i++) {
      if (i === 0) await press(name)
      else {
        await pause(false)
        await page.keyboard.press('Enter')
      }
      await steps(60)
      await pause(true)
    }
    expect(more(await binOnScreen()), `${name}: ${JSON.stringify(await binOnScreen())}`).toBe(false)
  }
  await page.waitForFunction(() => (window as PageWindow).practicum?.project !== undefined)
  await seen('step-started', 'raiseAlarm')

  await press('Reach for Manual fire alarm call point')
  await steps(2)
  await trigger()
  await seen('step-completed', 'raiseAlarm')
  // Take the water extinguisher (class A); set it back, pull its pin, take it again.
  await press('Reach for Water extinguisher, 2.5 gal (2-A)')
  await steps(2)
  await grip()
  await seen('step-completed', 'takeExtinguisher')
  await grip()
  await trigger()
  await grip()
  await seen('step-completed', 'pullPin')
  await press('Bring hand back')
  await steps(60)
  // To the middle of the workshop (3 m ahead of the start), sideways until the bin is straight ahead
  // (the screen's middle is x = 400), then up to it until its base is low on screen: 2 m away (the
  // camera's fov is 70°), the exit behind.
  await press('Walk into Workshop')
  await steps(300)
  await stepWhile('Step left', (at) => at.x < 390)
  await stepWhile('Step forward', (at) => at.y < 365)
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-loop-fire-burning.png') })

  // Squeeze and sweep: the base's parts are "Base of the flames" 1 to 3 (left, centre, right).
  await press('Look at Base of the flames 2')
  await steps(2)
  await page.keyboard.down('KeyT')
  for (const part of [2, 1, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3]) {
    await press(`Look at Base of the flames ${part}`)
    await steps(90)
    if (await done('extinguish')) break
  }
  await seen('step-completed', 'extinguish')
  await page.keyboard.up('KeyT')
  await steps(2)
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-loop-fire-out.png') })
  // Back to the exit, still facing the fire.
  await press('Walk into Exit')
  await seen('attempt-ended')
  const played = (Date.now() - started) / 1000

  const events = await page.evaluate(() => [...(window as PageWindow).practicum!.events()])
  expect(events.find((event) => event.type === 'attempt-ended')).toMatchObject({
    outcome: 'passed',
    score: 1,
    criticalErrors: [],
    reason: 'procedure-complete',
  })
  // Started from 6 ft (minStartDistance) or more: not a slip.
  expect(events.find((event) => event.type === 'step-completed' && event.id === 'discharge')).toMatchObject({
    points: 1,
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
