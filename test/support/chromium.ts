// Debian's Chromium under playwright-core, with the flags proven on these machines
// (TOOLCHAIN.md, "Headless Chromium"): SwiftShader WebGL, no background traffic, IWER-ready.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Lets the IWER emulator install its navigator.xr instead of Chromium's native one.
  '--disable-blink-features=WebXR',
]

export function chromiumExecutable(): string {
  const executable = process.env['PRACTICUM_CHROMIUM'] ?? '/usr/bin/chromium'
  if (!existsSync(executable)) {
    throw new Error(
      `Chromium not found at ${executable}. Install it: apt-get update && apt-get install -y chromium`,
    )
  }
  return executable
}

export interface LaunchedChromium {
  context: BrowserContext
  close(): Promise<void>
}

/** A fresh persistent context in a throwaway profile; small viewport, DPR 1 (SwiftShader is slow). */
export async function launchChromium(viewport = { width: 800, height: 450 }): Promise<LaunchedChromium> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'practicum-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumExecutable(),
    headless: true,
    args: chromiumFlags,
    viewport,
    deviceScaleFactor: 1,
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}
