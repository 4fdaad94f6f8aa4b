// Builds a test page with Vite into a throwaway folder. Bare pages (no vite.config) get workspace
// packages from their TypeScript source; an example with its own config builds as it ships.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from 'vite'

export interface BuiltPage {
  outDir: string
  remove(): void
}

export async function buildPage(root: string, options: { ownConfig?: boolean } = {}): Promise<BuiltPage> {
  const outDir = mkdtempSync(path.join(tmpdir(), `practicum-${path.basename(root)}-`))
  await build(
    options.ownConfig
      ? { root, logLevel: 'error', build: { outDir, emptyOutDir: true } }
      : {
          root,
          configFile: false,
          logLevel: 'error',
          base: './',
          resolve: { conditions: ['source', 'module', 'browser', 'import', 'default'] },
          build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
        },
  )
  return { outDir, remove: () => rmSync(outDir, { recursive: true, force: true }) }
}
