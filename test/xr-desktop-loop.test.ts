// The desktop loop page (examples/desktop-loop), built by Vite and played in headless Chromium by
// the keyboard alone: the accessible mirror announces the instruction, a Tab/arrows/Enter path takes a
// padlock and locks it onto a hasp. Waits on the core's events (read through the page's read-only `window.practicum`).
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { coreWaits, openLoopPage, press, useLoopPage, type PageWindow } from './support/index.ts'

const loop = useLoopPage({ timeout: 120_000 })

it('announces the instruction and locks a padlock onto a hasp by keyboard alone, seated, left-handed', async () => {
  const started = Date.now()
  const { page, guard, errors } = await openLoopPage(loop, '?speed=4&hand=left&seated=1')
  await page.waitForFunction(
    () => (window as PageWindow).practicum?.events().some((event) => event.type === 'step-started'),
    undefined,
    { timeout: 60_000 },
  )
  const status = page.locator('[data-practicum-mirror] [role="status"][aria-live="polite"]')
  await expect.poll(() => status.textContent()).not.toBe('')
  const instruction = (await page.getByTestId('instruction').textContent()) ?? ''
  expect(instruction).not.toBe('')
  expect(await status.textContent()).toContain(instruction)

  // Tab to a button, Enter: the hand goes to the padlock, grips it, goes to the hasp, lets go.
  // The mirror's things (Reach for…, Look at…) are one Tab stop; the arrows move through them.
  expect(await page.locator('[data-practicum-roving] [tabindex="0"]').count()).toBe(1)
  const pressButton = (name: string) => press(page, name)
  const { seen: eventSeen, steps } = coreWaits(page)
  await pressButton('Reach for Your lock and tag 1')
  // Tab leaves the list at once: the next stop is Grip.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Grip')
  await pressButton('Grip')
  await eventSeen('grabbed')
  expect(await page.getByRole('button', { name: 'Grip' }).getAttribute('aria-pressed')).toBe('true')
  await pressButton('Reach for Lockout hasp 1')
  // The core carries the lock to the hand by velocity: let it take a second of steps.
  await steps(90)
  await pressButton('Grip')
  await eventSeen('attached')
  const attached = await page.evaluate(() =>
    (window as PageWindow).practicum!.events().find((event) => event.type === 'attached'),
  )
  expect(attached).toMatchObject({ object: 'lockA', to: 'haspE1Point' })
  const grabbed = await page.evaluate(() =>
    (window as PageWindow).practicum!.events().find((event) => event.type === 'grabbed'),
  )
  expect(grabbed).toMatchObject({ object: 'lockA', hand: 'left' })
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-desktop-loop.png') })
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  console.log(`desktop loop, keyboard lock-on: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}, 120_000)

it('locks a padlock onto a hasp by mouse, and the lock is drawn where the core has it', async () => {
  const started = Date.now()
  const { page, guard, errors } = await openLoopPage(loop, '?speed=4')
  await page.waitForFunction(
    () => {
      const practicum = (window as PageWindow).practicum
      return practicum?.project && practicum.events().some((event) => event.type === 'step-started')
    },
    undefined,
    { timeout: 60_000 },
  )
  const project = async (id: string) => {
    const point = await page.evaluate((objectId) => (window as PageWindow).practicum!.project!(objectId), id)
    if (!point) throw new Error(`${id} is not in the core`)
    return point
  }
  const { seen: eventSeen, steps: stepsPass } = coreWaits(page)

  // Click the lock (the hand goes to it), right-click grips; click the hasp, right-click lets go.
  const lock = await project('lockA')
  await page.mouse.click(lock.x, lock.y)
  await stepsPass(2)
  await page.mouse.click(lock.x, lock.y, { button: 'right' })
  await eventSeen('grabbed')
  const hasp = await project('haspE1')
  await page.mouse.click(hasp.x, hasp.y)
  await stepsPass(90)
  await page.mouse.click(hasp.x, hasp.y, { button: 'right' })
  await eventSeen('attached')
  const attached = await page.evaluate(() =>
    (window as PageWindow).practicum!.events().find((event) => event.type === 'attached'),
  )
  expect(attached).toMatchObject({ object: 'lockA', to: 'haspE1Point' })

  // Move the hand (and its marker) off the lock, then read the pixel at the lock's centre.
  const floor = await project('floor')
  await page.mouse.click(floor.x, floor.y)
  await stepsPass(30)
  const onScreen = await project('lockA')
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
  // The scene draws dynamic bodies orange (#e8a33d, shaded): red high, blue well below it.
  const [r = 0, g = 0, b = 0] = pixel
  expect(r, `pixel ${pixel.join(',')}`).toBeGreaterThan(120)
  expect(r - b, `pixel ${pixel.join(',')}`).toBeGreaterThan(60)
  expect(g - b, `pixel ${pixel.join(',')}`).toBeGreaterThan(20)
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  await page.screenshot({ path: path.join(tmpdir(), 'practicum-desktop-loop-mouse.png') })
  console.log(
    `desktop loop, mouse lock-on: ${((Date.now() - started) / 1000).toFixed(1)} s; lock pixel at ` +
      `${Math.round(onScreen.x)},${Math.round(onScreen.y)}: rgba(${pixel.join(', ')})`,
  )
}, 120_000)
