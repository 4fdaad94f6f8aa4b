// The desktop loop page in French at a larger text size, in headless Chromium: the in-world panel
// (uikit, the Noto Sans atlas, fetched from the page's own origin) draws in front of the learner,
// the page's own words, the mirror's and the HUD's follow ?lang= and ?text=, and the keyboard
// alone changes both afterwards.
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { coreWaits, guardNetwork, useLoopPage, type PageWindow } from './support/index.ts'

const loop = useLoopPage({ timeout: 120_000 })

it('draws the in-world panel and speaks French at a larger text size (?lang=fr&text=large)', async () => {
  const started = Date.now()
  const guard = await guardNetwork(loop.context)
  const page = await loop.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const font = page.waitForResponse((response) => response.url().includes('noto-sans-regular'))
  await page.goto(`${loop.url}?lang=fr&text=large`)
  await page.waitForFunction(
    () => (window as PageWindow).practicum?.events().some((event) => event.type === 'step-started'),
    undefined,
    { timeout: 60_000 },
  )
  expect((await font).status()).toBe(200)
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr')
  const instruction = (await page.getByTestId('instruction').textContent()) ?? ''
  expect(instruction).toMatch(/[àâçéèêîôû]/i)
  expect(await page.getByRole('button', { name: 'Pause (Échap)' }).count()).toBe(1)
  expect(await page.getByRole('list', { name: 'Ce sur quoi vous pouvez agir' }).count()).toBe(1)
  const hudSize = await page.getByTestId('hud').evaluate((hud) => parseFloat(getComputedStyle(hud).fontSize))
  expect(hudSize).toBeCloseTo(16 * 1.25, 1)

  // Let the panel lay out its glyphs (frames, not time), then look at it.
  await coreWaits(page).steps(60)
  // Only the canvas counts: hide the page's DOM overlays (HUD, buttons) before reading pixels.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('#root > *'))
      if (!element.querySelector('canvas')) element.style.visibility = 'hidden'
  })
  const shot = path.join(tmpdir(), 'practicum-panel-fr.png')
  const png = await page.screenshot({ path: shot })
  // The panel's dark face (#14171d): a box of it on screen, with light glyphs drawn on it.
  const panel = await page.evaluate(async (data) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob())
    const canvas = new OffscreenCanvas(image.width, image.height)
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    const { width, height } = image
    const pixels = context.getImageData(0, 0, width, height).data
    const at = (x: number, y: number) => (y * width + x) * 4
    const box = { left: width, right: -1, top: height, bottom: -1, face: 0, light: 0 }
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const i = at(x, y)
        const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!]
        if (Math.abs(r - 0x14) > 5 || Math.abs(g - 0x17) > 5 || Math.abs(b - 0x1d) > 5) continue
        box.face++
        box.left = Math.min(box.left, x)
        box.right = Math.max(box.right, x)
        box.top = Math.min(box.top, y)
        box.bottom = Math.max(box.bottom, y)
      }
    // Light text in the top 40 % of the box: the title and the instruction (no button borders there).
    for (let y = box.top; y <= box.top + (box.bottom - box.top) * 0.4; y++)
      for (let x = box.left; x <= box.right; x++) {
        const i = at(x, y)
        if (pixels[i]! > 180 && pixels[i + 1]! > 180 && pixels[i + 2]! > 180) box.light++
      }
    return box
  }, png.toString('base64'))
  expect(panel.face).toBeGreaterThan(800 * 450 * 0.03)
  expect(panel.right - panel.left).toBeGreaterThan(100)
  expect(panel.light).toBeGreaterThan(40)

  // The keyboard alone changes the text size and the language, for the page and the mirror alike.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('#root > *')) element.style.visibility = ''
  })
  const larger = page.getByRole('button', { name: 'Texte plus grand' })
  await larger.focus()
  await page.keyboard.press('Enter')
  await expect
    .poll(() => page.getByTestId('hud').evaluate((hud) => parseFloat(getComputedStyle(hud).fontSize)))
    .toBeCloseTo(16 * 1.5, 1)
  await page.getByRole('combobox', { name: 'Langue' }).focus()
  await page.keyboard.press('ArrowUp') // Français → English
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
  expect(await page.getByRole('button', { name: 'Pause (Esc)' }).count()).toBe(1)
  expect(await page.getByRole('list', { name: 'Things you can act on' }).count()).toBe(1)
  expect(errors).toEqual([])
  guard.assertLocalOnly()
  console.log(
    `panel in French: ${((Date.now() - started) / 1000).toFixed(1)} s, ${JSON.stringify(panel)}, ${shot}`,
  )
}, 120_000)
