import { ESLint } from 'eslint'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkManifest } from '../tools/check-package-deps.mjs'
import { packageNames, restrictedEdges } from '../tools/dependency-rule.mjs'

const root = path.resolve(import.meta.dirname, '..')
const eslint = new ESLint({ cwd: root })

async function lintAs(pkg: string, code: string, folder = 'src'): Promise<string[]> {
  const [result] = await eslint.lintText(code, {
    filePath: path.join(root, 'packages', pkg, folder, 'fixture.ts'),
  })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'practicum/dependency-rule')
    .map((m) => m.message)
}

const edges = restrictedEdges()

describe('the dependency rule (tools/dependency-rule.json)', () => {
  it('names every package of DESIGN.md and forbids importing player, review and cli', () => {
    expect([...packageNames].sort()).toEqual([
      'cli',
      'lrs',
      'player',
      'review',
      'scenario',
      'sim',
      'xapi',
      'xr',
    ])
    for (const from of packageNames) {
      for (const to of ['player', 'review', 'cli'].filter((to) => to !== from)) {
        expect(edges).toContainEqual({ from, to, allowed: 'none' })
      }
    }
  })

  describe.each(edges.filter((edge) => edge.allowed === 'none'))(
    '@practicum/$from → @practicum/$to',
    ({ from, to }) => {
      it('fails lint for a value import, a type import, a re-export and a dynamic import', async () => {
        for (const code of [
          `import { x } from '@practicum/${to}'\nexport const y = x`,
          `import type { X } from '@practicum/${to}'\nexport type Y = X`,
          `export { x } from '@practicum/${to}'`,
          `export const load = () => import('@practicum/${to}')`,
        ]) {
          expect(await lintAs(from, code), code).toEqual([
            expect.stringContaining(`may not import @practicum/${to}`),
          ])
        }
      })

      it('fails the package.json check', () => {
        expect(checkManifest({ dependencies: { [`@practicum/${to}`]: 'workspace:*' } }, from)).toEqual([
          expect.stringContaining(`may not depend on @practicum/${to}`),
        ])
      })
    },
  )

  it('lets xapi import sim for types only', async () => {
    expect(
      await lintAs('xapi', `import type { SimEvent } from '@practicum/sim'\nexport type E = SimEvent`),
    ).toEqual([])
    expect(
      await lintAs('xapi', `import { createSim } from '@practicum/sim'\nexport const c = createSim`),
    ).toEqual([expect.stringContaining('for types only')])
    expect(
      await lintAs('xapi', `import { type SimEvent } from '@practicum/sim'\nexport type E = SimEvent`),
    ).toEqual([expect.stringContaining('for types only')])
  })

  it('allows every edge of the table', async () => {
    expect(
      await lintAs(
        'sim',
        `import { parseScenario } from '@practicum/scenario'\nexport const p = parseScenario`,
      ),
    ).toEqual([])
    expect(await lintAs('player', `import { Player } from '@practicum/xr'\nexport const p = Player`)).toEqual(
      [],
    )
    expect(checkManifest({ dependencies: { '@practicum/scenario': 'workspace:*' } }, 'sim')).toEqual([])
  })

  it("forbids reaching into another package's files", async () => {
    expect(
      await lintAs('sim', `import { x } from '@practicum/scenario/src/model.ts'\nexport const y = x`),
    ).toEqual([expect.stringContaining('through its public entry')])
    expect(
      await lintAs('sim', `import { x } from '../../scenario/src/model.ts'\nexport const y = x`),
    ).toEqual([expect.stringContaining('through its public entry')])
  })
})

describe.each(['scenario', 'sim'])('@practicum/%s runs in Node and browsers alike', (pkg) => {
  it.each([
    ['react', `import { useState } from 'react'\nexport const u = useState`],
    ['react-dom', `import { createRoot } from 'react-dom/client'\nexport const c = createRoot`],
    ['three', `import { Vector3 } from 'three'\nexport const v = Vector3`],
    [
      'three/examples',
      `import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'\nexport const g = GLTFLoader`,
    ],
    ['@react-three/fiber', `import { useFrame } from '@react-three/fiber'\nexport const f = useFrame`],
    ['@react-three/rapier', `import { RigidBody } from '@react-three/rapier'\nexport const r = RigidBody`],
    ['node:fs', `import { readFileSync } from 'node:fs'\nexport const r = readFileSync`],
    ['bare builtin', `import { join } from 'path'\nexport const j = join`],
    ['builtin subpath', `import { readFile } from 'fs/promises'\nexport const r = readFile`],
  ])('fails lint importing %s', async (_name, code) => {
    expect(await lintAs(pkg, code)).toEqual([expect.stringContaining('runs in Node and browsers alike')])
  })

  it.each([
    'process',
    'Buffer',
    'window',
    'document',
    'navigator',
    'localStorage',
    'indexedDB',
    'requestAnimationFrame',
  ])('fails lint using the global %s', async (name) => {
    expect(
      await lintAs(pkg, `export const used = typeof ${name} === 'undefined' ? 0 : ${name}`),
    ).toContainEqual(expect.stringContaining(`may not use the global "${name}"`))
  })

  it('still lets its tests use Node', async () => {
    expect(
      await lintAs(
        pkg,
        `import { readFileSync } from 'node:fs'\nexport const r = readFileSync(process.cwd())`,
        'test',
      ),
    ).toEqual([])
  })

  it('refuses framework dependencies in package.json', () => {
    expect(checkManifest({ dependencies: { three: '0.187.0', react: '19.3.1' } }, pkg)).toHaveLength(2)
    expect(checkManifest({ peerDependencies: { '@react-three/fiber': '9.8.2' } }, pkg)).toHaveLength(1)
  })
})

describe('packages that may use Node or the DOM', () => {
  it('lets cli use node:* and xr use three', async () => {
    expect(
      await lintAs(
        'cli',
        `import { readFileSync } from 'node:fs'\nexport const r = readFileSync(process.cwd())`,
      ),
    ).toEqual([])
    expect(
      await lintAs('xr', `import { Vector3 } from 'three'\nexport const v = new Vector3(window.innerWidth)`),
    ).toEqual([])
  })
})
