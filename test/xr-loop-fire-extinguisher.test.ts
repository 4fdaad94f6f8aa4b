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
// never on time. Then, in emulated VR (IWER's Quest 3, input only through its device API), the same
// fire is put out with the controllers: the call point, the extinguisher taken in the right hand
// and its pin pulled with the left, the headset walked up to 2.2 m, the nozzle aimed and swept.
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

type V3 = { set(x: number, y: number, z: number): unknown }
type Q = { set(x: number, y: number, z: number, w: number): unknown }
interface Controller {
  position: V3
  quaternion: Q
  updateButtonValue(id: string, value: number): void
}
type PageWindow = {
  practicum?: {
    events(): readonly SimEvent[]
    stepIndex: number
    project?: (id: string) => { x: number; y: number } | undefined
    xr?: {
      device?: { position: V3; quaternion: Q; controllers: Record<'left' | 'right', Controller> }
      presenting: boolean
    }
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

  // Squeeze and sweep: the base's parts are "Base of the flames" 1 to 3 (left, centre, right).
  await press('Look at Base of the flames 2')
  await steps(2)
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-loop-fire-burning.png') })
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

type Vec = readonly [number, number, number]
type Quat = readonly [number, number, number, number]
/** Where the learner starts (scenario learner.start): the tracking space's origin in the world. */
const origin: Vec = [0, 0, 3]
/** IWER's Quest Touch Plus grip offsets (controller → grip space), in the controller's frame. */
const gripOffset = { left: [-0.00398, -0.01586, 0.04964], right: [0.00398, -0.01586, 0.04964] } as const

/** `v` turned by the unit quaternion `q`. */
function rotate([x, y, z, w]: Quat, [vx, vy, vz]: Vec): Vec {
  const tx = 2 * (y * vz - z * vy)
  const ty = 2 * (z * vx - x * vz)
  const tz = 2 * (x * vy - y * vx)
  return [vx + w * tx + (y * tz - z * ty), vy + w * ty + (z * tx - x * tz), vz + w * tz + (x * ty - y * tx)]
}

/** The turn that points −Z (a controller's, so a held nozzle's, forward) from `from` to `to`: yaw, then pitch. */
function aim(from: Vec, to: Vec): Quat {
  const [dx, dy, dz] = [to[0] - from[0], to[1] - from[1], to[2] - from[2]]
  const yaw = Math.atan2(-dx, -dz) / 2
  const pitch = Math.atan2(dy, Math.hypot(dx, dz)) / 2
  const [sy, cy, sp, cp] = [Math.sin(yaw), Math.cos(yaw), Math.sin(pitch), Math.cos(pitch)]
  return [cy * sp, sy * cp, -sy * sp, cy * cp]
}

it('in emulated VR, raises the alarm, takes the water extinguisher, pulls its pin and puts the bin fire out with the controllers', async () => {
  const started = Date.now()
  const guard = await guardNetwork(browser.context)
  const page = await browser.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${server.url}/?scenario=fire-extinguisher&xr=emulate&speed=8&seed=1&mode=assessment`)
  await page.waitForFunction(
    () => {
      const practicum = (window as PageWindow).practicum
      return practicum?.xr?.device && practicum.events().some((event) => event.type === 'step-started')
    },
    undefined,
    { timeout: 60_000 },
  )
  const enter = page.getByRole('button', { name: 'Enter VR' })
  await enter.focus()
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => (window as PageWindow).practicum?.xr?.presenting, undefined, {
    timeout: 30_000,
  })
  const seen = (type: string, fields: Record<string, unknown>) =>
    page.waitForFunction(
      ([wanted, match]) =>
        (window as PageWindow).practicum
          ?.events()
          .some(
            (event) =>
              event.type === wanted &&
              Object.entries(match).every(
                ([key, value]) => (event as Record<string, unknown>)[key] === value,
              ),
          ),
      [type, fields] as const,
      { timeout: 30_000 },
    )
  const steps = (count: number) =>
    page.evaluate(async (n) => {
      const practicum = (window as PageWindow).practicum!
      const until = practicum.stepIndex + n
      while (practicum.stepIndex < until) await new Promise((resolve) => requestAnimationFrame(resolve))
    }, count)
  /** Puts the headset's eyes at a world point, looking ahead (−Z, towards the fire places). */
  const headAt = (world: Vec) =>
    page.evaluate(
      ([x, y, z]) => {
        const device = (window as PageWindow).practicum!.xr!.device!
        device.position.set(x, y, z)
        device.quaternion.set(0, 0, 0, 1)
      },
      [world[0] - origin[0], world[1] - origin[1], world[2] - origin[2]] as const,
    )
  /** Puts a controller's grip at a world point, the controller turned by `turn`. */
  const gripAt = (hand: 'left' | 'right', world: Vec, turn: Quat = [0, 0, 0, 1]) => {
    const offset = rotate(turn, gripOffset[hand])
    return page.evaluate(
      ([side, [x, y, z], [qx, qy, qz, qw]]) => {
        const controller = (window as PageWindow).practicum!.xr!.device!.controllers[side]
        controller.position.set(x, y, z)
        controller.quaternion.set(qx, qy, qz, qw)
      },
      [
        hand,
        [
          world[0] - origin[0] - offset[0],
          world[1] - origin[1] - offset[1],
          world[2] - origin[2] - offset[2],
        ],
        turn,
      ] as const,
    )
  }
  const button = (hand: 'left' | 'right', id: string, value: number) =>
    page.evaluate(
      ([side, name, v]) =>
        (window as PageWindow).practicum!.xr!.device!.controllers[side].updateButtonValue(name, v),
      [hand, id, value] as const,
    )

  // The call point, right of the exit: the right trigger presses it.
  await gripAt('right', [1.3, 1.4, 4.85])
  await steps(3)
  await button('right', 'trigger', 1)
  await seen('step-completed', { id: 'raiseAlarm' })
  await button('right', 'trigger', 0)
  // The water extinguisher (class A, for burning paper) from the shelf, in the right hand; the left
  // hand's trigger at its head pulls the pin.
  await gripAt('right', [-3.8, 1.105, 4.7])
  await steps(3)
  await button('right', 'squeeze', 1)
  await seen('grabbed', { object: 'waterExtinguisher', hand: 'right' })
  await seen('step-completed', { id: 'takeExtinguisher' })
  await gripAt('left', [-3.8, 1.3, 4.6])
  await steps(3)
  await button('left', 'trigger', 1)
  await seen('toggled', { interactable: 'waterPin', value: true })
  await seen('step-completed', { id: 'pullPin' })
  await button('left', 'trigger', 0)
  await gripAt('left', [-0.3, 0.9, 3])
  // Walk up to the bin carrying it low before the body, until it stands 2.2 m ahead, the exit behind.
  const stand: Vec = [-3, 1.6, 0.2]
  for (let i = 1; i <= 6; i++) {
    const head: Vec = [origin[0] + ((stand[0] - origin[0]) * i) / 6, 1.6, 3 + ((stand[2] - 3) * i) / 6]
    await headAt(head)
    await gripAt('right', [head[0], 0.9, head[2] - 0.5])
    await steps(12)
  }
  // Aim low at the base of the flames, squeeze, and sweep: centre, left, centre, right.
  const nozzle: Vec = [stand[0], 0.9, stand[2] - 0.5]
  const base = { L: [-3.2, 0.65, -2], C: [-3, 0.65, -2], R: [-2.8, 0.65, -2] } as const
  await gripAt('right', nozzle, aim(nozzle, base.C))
  await steps(30)
  await button('right', 'trigger', 1)
  await seen('step-completed', { id: 'discharge' })
  const out = () =>
    page.evaluate(() =>
      (window as PageWindow)
        .practicum!.events()
        .some(
          (event) => event.type === 'state-changed' && event.id === 'extinguished' && event.value === true,
        ),
    )
  for (const part of ['C', 'L', 'C', 'R', 'C', 'L', 'C', 'R', 'C', 'L', 'C', 'R'] as const) {
    if (await out()) break
    await gripAt('right', nozzle, aim(nozzle, base[part]))
    await steps(90)
  }
  await seen('step-completed', { id: 'extinguish' })
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-vr-fire.png') })
  await button('right', 'trigger', 0)
  const played = (Date.now() - started) / 1000

  const events = await page.evaluate(() => [...(window as PageWindow).practicum!.events()])
  const completed = (id: string) =>
    events.find((event) => event.type === 'step-completed' && event.id === id) as
      { points?: number } | undefined
  for (const id of ['raiseAlarm', 'takeExtinguisher', 'pullPin', 'discharge', 'extinguish'])
    expect(completed(id)?.points, id).toBe(1)
  // The water's spray landed on the base (the core's rayHits from the extinguisher's own pose) and
  // knocked all three parts down at once: the fire is out, not just quieter.
  expect(events).toContainEqual(
    expect.objectContaining({ type: 'state-changed', id: 'sprayingWater', value: true }),
  )
  expect(events).toContainEqual(expect.objectContaining({ type: 'hazard-cleared', id: 'binFlames' }))
  expect(
    events.filter((event) => event.type === 'hazard-exposed' || event.type === 'critical-error'),
  ).toEqual([])
  expect(events.some((event) => event.type === 'hazard-live' && event.id === 'fireBeyondIncipient')).toBe(
    false,
  )
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  console.log(
    `VR (emulated Quest 3), fire extinguisher: the bin fire out in ${played.toFixed(1)} s (discharge at step ${events.find((event) => event.type === 'step-completed' && event.id === 'discharge')?.step}, out at ${events.find((event) => event.type === 'step-completed' && event.id === 'extinguish')?.step})`,
  )
  expect(played).toBeLessThanOrEqual(30)
}, 120_000)
