// The desktop loop page in emulated immersive VR (IWER's Meta Quest 3, `?xr=emulate`), in headless
// Chromium. Input goes only through IWER's device API (headset and controller poses, buttons), read
// from the page's read-only hook; the core is read through the same hook and waited on by its events.
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import {
  coreWaits,
  emulatedRig,
  enterEmulatedVR,
  openLoopPage,
  useLoopPage,
  type PageWindow,
  type Vec,
} from './support/index.ts'

const loop = useLoopPage({ timeout: 120_000 })

/** Where the learner starts (scenario learner.start): the tracking space's origin in the world. */
const origin: Vec = [0, 0, 4]

it('grabs a padlock with the right controller, locks it onto the hasp in emulated VR; a tracked hand pinches another; a teleport lands in the die area', async () => {
  const started = Date.now()
  const { page, guard, errors } = await openLoopPage(loop, '?xr=emulate&speed=8')

  // The learner enters VR from the keyboard.
  await enterEmulatedVR(page)
  await expect.poll(() => page.getByRole('button', { name: 'Exit VR' }).count()).toBe(1)

  const { seen: eventSeen, steps: stepsPass } = coreWaits(page)
  // The controllers keep their rotation (the identity): the grip offset is a translation.
  const { gripAt, button, stick } = emulatedRig(page, { origin })

  // The in-world panel floats ahead and left of where the session began: it shows the core's current
  // step, the HUD's words, and its dark face with light glyphs is drawn at its projected centre.
  await stepsPass(30)
  const panel = await page.evaluate(() => (window as PageWindow).practicum!.xr!.panel())
  if (!panel) throw new Error('the in-world panel is not in the XR scene')
  const current = await page.evaluate(
    () =>
      (window as PageWindow).practicum!.events().findLast((event) => event.type === 'step-started') as
        { id?: string } | undefined,
  )
  expect(panel.step).toBe(current?.id)
  expect(panel.instruction.length).toBeGreaterThan(0)
  expect(panel.instruction).toBe(await page.getByTestId('instruction').textContent())
  const face = await readPixels(page, panel.x - 40, panel.y - 40, 80, 80)
  const [dark, light] = [
    face.filter(([r, g, b]) => Math.abs(r - 0x14) <= 5 && Math.abs(g - 0x17) <= 5 && Math.abs(b - 0x1d) <= 5),
    face.filter(([r, g, b]) => r > 180 && g > 180 && b > 180),
  ]
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-vr-panel.png') })
  expect(dark.length, 'panel face pixels').toBeGreaterThan(80 * 80 * 0.3)
  expect(light.length, 'glyph pixels').toBeGreaterThan(10)

  // Right grip on lockA (scenario position) and squeeze.
  await gripAt('right', [-1.2, 0.945, 2.6])
  await stepsPass(3)
  await button('right', 'squeeze', 1)
  await eventSeen('grabbed', { object: 'lockA', hand: 'right' })

  // Walk (the headset) to the disconnect E-1, looking at its hasp: 90° right and a little down.
  await page.evaluate(
    ([x, y, z]) => {
      const device = (window as PageWindow).practicum!.xr!.device!
      device.position.set(x, y, z)
      const halfYaw = -Math.PI / 4 // a quarter turn right
      const halfPitch = -Math.PI / 18 // 20° down
      const [sy, cy, sp, cp] = [
        Math.sin(halfYaw),
        Math.cos(halfYaw),
        Math.sin(halfPitch),
        Math.cos(halfPitch),
      ]
      device.quaternion.set(cy * sp, sy * cp, -sy * sp, cy * cp)
    },
    [1.85 - origin[0], 1.25 - origin[1], -0.6 - origin[2]] as const,
  )
  // The left hand opens the disconnect (its trigger at the handle), the right brings the lock.
  await gripAt('left', [2.45, 1.3, -0.6])
  await stepsPass(3)
  await button('left', 'trigger', 1)
  await eventSeen('toggled', { interactable: 'disconnectSwitch', value: false })
  await button('left', 'trigger', 0)
  await gripAt('left', [1.9, 0.9, -0.9])
  await gripAt('right', [2.38, 1.05, -0.6])
  // The core carries the lock to the hand by velocity: let it take a second of steps.
  await stepsPass(90)
  await button('right', 'squeeze', 0)
  await eventSeen('attached', { object: 'lockA', to: 'haspE1Point' })
  await eventSeen('step-completed', { id: 'lockDisconnect' })
  const events = await page.evaluate(() => (window as PageWindow).practicum!.events())
  expect(events.find((event) => event.type === 'grabbed')).toMatchObject({ object: 'lockA', hand: 'right' })
  expect(events.some((event) => event.type === 'attempt-ended')).toBe(false)

  // The hand off the lock; then the pixel at the lock's centre, projected with the first eye's camera.
  await gripAt('right', [1.95, 0.95, -0.3])
  await stepsPass(30)
  const onScreen = await page.evaluate(() => (window as PageWindow).practicum!.xr!.project('lockA'))
  if (!onScreen) throw new Error('lockA does not project in XR')
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-vr.png') })
  const shot = await page.screenshot({
    clip: { x: Math.round(onScreen.x), y: Math.round(onScreen.y), width: 1, height: 1 },
  })
  const pixel = await page.evaluate(async (base64) => {
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const canvas = new OffscreenCanvas(1, 1)
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    return [...context.getImageData(0, 0, 1, 1).data]
  }, shot.toString('base64'))
  // Dynamic bodies are drawn orange (#e8a33d); this face is in shade: red over green well over blue.
  // (The hasp and the wall panel behind it are grey, the placard above it red.)
  const [r = 0, g = 0, b = 0] = pixel
  expect(r, `pixel ${pixel.join(',')}`).toBeGreaterThan(60)
  expect(r - g, `pixel ${pixel.join(',')}`).toBeGreaterThan(20)
  expect(r - b, `pixel ${pixel.join(',')}`).toBeGreaterThan(45)
  expect(g - b, `pixel ${pixel.join(',')}`).toBeGreaterThan(20)

  // Hand tracking: the controllers are put down; the right hand pinches lockB.
  await page.evaluate(
    ([x, y, z]) => {
      const device = (window as PageWindow).practicum!.xr!.device!
      device.primaryInputMode = 'hand'
      device.hands.right.position.set(x, y, z)
    },
    [-1.0 - origin[0], 0.945 - origin[1], 2.6 - origin[2]] as const,
  )
  await stepsPass(3)
  await page.evaluate(() => (window as PageWindow).practicum!.xr!.device!.hands.right.updatePinchValue(1))
  await eventSeen('grabbed', { object: 'lockB', hand: 'right' })
  await page.evaluate(() => (window as PageWindow).practicum!.xr!.device!.hands.right.updatePinchValue(0))
  await eventSeen('released', { object: 'lockB', hand: 'right' })

  // Teleport, with the controllers back: the left one held low before the press's die area, pointing
  // down (the arc leaves from the grip, turned some 45° from the controller: from 30 cm up it lands
  // some 30 cm ahead, 85 cm before the press: room for the learner's feet, which the arc asks of a
  // landing); its stick pushed forward (aim) and let go (go). The core moves the learner into the
  // live die area, and says so.
  await page.evaluate(
    ([x, y, z]) => {
      const device = (window as PageWindow).practicum!.xr!.device!
      device.primaryInputMode = 'controller'
      device.controllers.left.position.set(x, y, z)
      device.controllers.left.quaternion.set(-Math.SQRT1_2, 0, 0, Math.SQRT1_2)
    },
    [0 - origin[0], 0.3 - origin[1], 1.15 - origin[2]] as const,
  )
  await stepsPass(3)
  await stick('left', -1)
  await stepsPass(3)
  await stick('left', 0)
  await eventSeen('hazard-exposed', { id: 'pressStroke' })

  expect(errors).toEqual([])
  guard.assertLocalOnly()
  console.log(
    `VR lock-on (emulated Quest 3): ${((Date.now() - started) / 1000).toFixed(1)} s; lock pixel at ` +
      `${Math.round(onScreen.x)},${Math.round(onScreen.y)}: rgba(${pixel.join(', ')}); panel at ` +
      `${Math.round(panel.x)},${Math.round(panel.y)}: ${dark.length} face, ${light.length} glyph pixels of 6400`,
  )
}, 120_000)

/** The RGB of every pixel of a box of the page's screenshot, row by row (the box kept on the page). */
async function readPixels(page: Page, left: number, top: number, width: number, height: number) {
  const png = await page.screenshot({
    clip: { x: Math.max(0, Math.round(left)), y: Math.max(0, Math.round(top)), width, height },
  })
  const data = await page.evaluate(async (base64) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob())
    const canvas = new OffscreenCanvas(image.width, image.height)
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    return [...context.getImageData(0, 0, image.width, image.height).data]
  }, png.toString('base64'))
  const pixels: [number, number, number][] = []
  for (let i = 0; i + 3 < data.length; i += 4) pixels.push([data[i]!, data[i + 1]!, data[i + 2]!])
  return pixels
}
