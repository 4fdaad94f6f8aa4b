import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const lockfileText = readFileSync(path.join(root, 'pnpm-lock.yaml'), 'utf8')
// pnpm 12 writes two YAML documents: the package manager's own, then the workspace's.
const lockfile = lockfileText.slice(lockfileText.lastIndexOf('\nlockfileVersion'))
const workspace = readFileSync(path.join(root, 'pnpm-workspace.yaml'), 'utf8')
const deterministic = '@dimforge/rapier3d-deterministic-compat@0.19.3'

/** Package keys of the lockfile's `packages:` section (`name@version`). */
function lockedPackages(): string[] {
  const section = lockfile.split(/^packages:\n/m)[1]?.split(/^\S/m)[0] ?? ''
  return [...section.matchAll(/^ {2}'?(@?[^\s:']+)'?:/gm)].map((match) => match[1] ?? '')
}

describe('pnpm pins (TOOLCHAIN.md)', () => {
  it('the workspace overrides every Rapier to its cross-platform deterministic build', () => {
    expect(workspace).toMatch(
      /'@dimforge\/rapier3d-compat': npm:@dimforge\/rapier3d-deterministic-compat@0\.19\.3/,
    )
    expect(lockfile).toMatch(
      /'@dimforge\/rapier3d-compat': npm:@dimforge\/rapier3d-deterministic-compat@0\.19\.3/,
    )
  })

  it('the lockfile resolves Rapier only to the deterministic build', () => {
    const rapier = lockedPackages().filter((key) => key.includes('rapier3d'))
    for (const key of rapier) expect(key).toBe(deterministic)
    const importers = lockfile.split(/^importers:\n/m)[1]?.split(/^packages:\n/m)[0] ?? ''
    const importsRapier = /@dimforge\/rapier3d|@react-three\/rapier/.test(importers)
    if (importsRapier) expect(rapier).toEqual([deterministic])
  })

  it('the lockfile keeps a single three and the iwer pin', () => {
    expect(lockfile).toMatch(/^ {2}three: 0\.187\.0$/m)
    expect(lockfile).toMatch(/^ {2}iwer: 2\.5\.0$/m)
    const threes = lockedPackages().filter((key) => /^three@/.test(key))
    expect(threes.length).toBeLessThanOrEqual(1)
    for (const key of threes) expect(key).toBe('three@0.187.0')
  })

  it('the root pins pnpm 12.4.2 and the two TypeScripts', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(manifest.packageManager).toBe('pnpm@12.4.2')
    expect(manifest.devDependencies.typescript).toBe('5.9.3')
    expect(manifest.devDependencies['typescript-native']).toMatch(/^npm:typescript@7\./)
  })
})
