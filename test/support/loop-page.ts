// The desktop loop page (examples/desktop-loop) built once per test file, served on 127.0.0.1 and
// opened in one Chromium; and the type of the page's read-only hook, `window.practicum`.
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import type { PracticumPage } from '../../examples/desktop-loop/src/main.tsx'
import type { PracticumXRHook } from '../../examples/desktop-loop/src/vr-probe.tsx'
import { buildPage, type BuiltPage } from './build-page.ts'
import { launchChromium, type LaunchedChromium } from './chromium.ts'
import { guardNetwork, type NetworkGuard } from './network-guard.ts'
import { serveStatic, type StaticServer } from './static-server.ts'

type V3 = { set(x: number, y: number, z: number): unknown }
type Q = { set(x: number, y: number, z: number, w: number): unknown }

/** One of IWER's emulated controllers, as tests drive it. */
export interface EmulatedController {
  position: V3
  quaternion: Q
  updateButtonValue(id: string, value: number): void
  updateAxes(id: string, x: number, y: number): void
}

/** IWER's emulated headset (`practicum.xr.device`), as tests drive it. */
export interface EmulatedDevice {
  position: V3
  quaternion: Q
  primaryInputMode: 'controller' | 'hand'
  controllers: Record<'left' | 'right', EmulatedController>
  hands: Record<'left' | 'right', { position: V3; quaternion: Q; updatePinchValue(value: number): void }>
}

/** The page's read-only hook; `xr` only with `?xr=emulate`. */
export type PracticumHook = PracticumPage & {
  xr?: Omit<PracticumXRHook, 'device'> & { readonly device?: EmulatedDevice }
}

/** The page's `window`, as the functions a test evaluates in the page see it. */
export type PageWindow = { practicum?: PracticumHook }

/** The loop page built, served and a browser launched for the test file. */
export interface LoopPage {
  /** Where the page is served (`http://127.0.0.1:<port>`). */
  readonly url: string
  /** The Chromium context every test of the file opens its pages in. */
  readonly context: BrowserContext
}

/** A page opened on the loop page, the network guarded and page errors collected. */
export interface OpenedPage {
  page: Page
  guard: NetworkGuard
  errors: string[]
}

/**
 * Builds examples/desktop-loop, serves it and launches Chromium before the file's tests (within
 * `timeout` ms), and undoes all three after them.
 */
export function useLoopPage(options: { timeout?: number } = {}): LoopPage {
  const root = path.resolve(import.meta.dirname, '../..')
  let built: BuiltPage | undefined
  let server: StaticServer | undefined
  let browser: LaunchedChromium | undefined
  beforeAll(async () => {
    built = await buildPage(path.join(root, 'examples/desktop-loop'), { ownConfig: true })
    server = await serveStatic(built.outDir)
    browser = await launchChromium()
  }, options.timeout ?? 180_000)
  afterAll(async () => {
    await browser?.close()
    await server?.close()
    built?.remove()
  })
  return {
    get url() {
      if (!server) throw new Error('the loop page is not served yet (use it inside a test)')
      return server.url
    },
    get context() {
      if (!browser) throw new Error('Chromium is not launched yet (use it inside a test)')
      return browser.context
    },
  }
}

/** Guards the network, opens a page that collects its errors, and goes to the loop page at `query`. */
export async function openLoopPage(loop: LoopPage, query: string): Promise<OpenedPage> {
  const guard = await guardNetwork(loop.context)
  const page = await loop.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${loop.url}${query}`)
  return { page, guard, errors }
}
