// The shared browser-test support works: Debian's Chromium starts with WebGL2 through SwiftShader,
// and the network guard stops (and reports) anything that leaves 127.0.0.1.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  guardNetwork,
  isLocalUrl,
  launchChromium,
  serveStatic,
  type LaunchedChromium,
  type StaticServer,
} from './support/index.ts'

let browser: LaunchedChromium
let server: StaticServer

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'practicum-page-'))
  writeFileSync(
    path.join(root, 'index.html'),
    `<!doctype html><title>probe</title><canvas id="c"></canvas><script>
      const gl = document.getElementById('c').getContext('webgl2')
      const info = gl && gl.getExtension('WEBGL_debug_renderer_info')
      window.probe = { webgl2: !!gl, renderer: info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : '' }
    </script>`,
  )
  server = await serveStatic(root)
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

it('tells local from remote addresses', () => {
  expect(isLocalUrl('http://127.0.0.1:8370/xapi')).toBe(true)
  expect(isLocalUrl('http://localhost/x')).toBe(true)
  expect(isLocalUrl('data:text/plain,hi')).toBe(true)
  expect(isLocalUrl('https://cdn.jsdelivr.net/npm/@webxr-input-profiles/assets')).toBe(false)
  expect(isLocalUrl('http://10.0.0.1/')).toBe(false)
})

it('renders WebGL2 through SwiftShader in Debian’s Chromium', async () => {
  const page = await browser.context.newPage()
  await page.goto(server.url)
  const probe = await page.evaluate(
    () => (window as unknown as { probe: { webgl2: boolean; renderer: string } }).probe,
  )
  expect(probe.webgl2).toBe(true)
  expect(probe.renderer).toMatch(/SwiftShader/i)
  await page.close()
})

it('blocks and reports a request that leaves 127.0.0.1', async () => {
  const guard = await guardNetwork(browser.context)
  const page = await browser.context.newPage()
  await page.goto(server.url)
  const outcome = await page.evaluate(() =>
    fetch('https://cdn.example.org/profiles/profilesList.json').then(
      () => 'fetched',
      () => 'failed',
    ),
  )
  expect(outcome).toBe('failed')
  expect(guard.blocked).toEqual(['https://cdn.example.org/profiles/profilesList.json'])
  expect(() => guard.assertLocalOnly()).toThrow(
    /requests left 127\.0\.0\.1:\n {2}https:\/\/cdn\.example\.org/,
  )
  await page.close()
})
