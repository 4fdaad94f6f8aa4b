// Fails a browser test on any request that leaves this machine: the product must work offline,
// and CDN fetches (controller profiles, room captures, fonts) must be vendored.
import type { BrowserContext } from 'playwright-core'

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]'])
const localSchemes = new Set(['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:'])

export function isLocalUrl(url: string): boolean {
  const parsed = new URL(url)
  return localSchemes.has(parsed.protocol) || localHosts.has(parsed.hostname)
}

export interface NetworkGuard {
  /** Every request that tried to leave 127.0.0.1 (each was aborted). */
  readonly blocked: readonly string[]
  /** Throws, naming each blocked request, if there was any. */
  assertLocalOnly(): void
}

/** Aborts and records every request of `context` that is not to 127.0.0.1 / localhost. */
export async function guardNetwork(context: BrowserContext): Promise<NetworkGuard> {
  const blocked: string[] = []
  await context.route(
    (url) => !isLocalUrl(url.href),
    async (route) => {
      blocked.push(route.request().url())
      await route.abort('blockedbyclient')
    },
  )
  return {
    blocked,
    assertLocalOnly() {
      if (blocked.length) throw new Error(`requests left 127.0.0.1:\n  ${blocked.join('\n  ')}`)
    },
  }
}
