// Assets and the render budget of the shipped scenarios (../shared/SCENARIOS.md: ≤ 100 draw calls,
// ≤ 300k triangles, counted statically from the glTF files), and assets/manifest.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { formatProblem, loadScenario, type Scenario } from '@practicum/scenario'
import { readGlb } from '@practicum/sim'
import { generateAll } from '../../scenarios/lockout-tagout/assets/generate.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const assetExtensions = ['.glb', '.gltf', '.bin', '.png', '.jpg', '.jpeg', '.ktx2', '.ogg', '.mp3', '.wav']

export const budget = { drawCalls: 100, triangles: 300_000 }
/** Triangles of the runtime's primitive shapes (three.js defaults it uses: sphere 32×16, cylinder 32, capsule 8×16). */
export const primitiveTriangles = { box: 12, sphere: 960, cylinder: 128, capsule: 576 }
/** The learner's two hands and the in-world panels (hint, caption, instrument display). */
export const runtimeAllowance = { drawCalls: 6, triangles: 6_000 }
const personModel = 'scenarios/lockout-tagout/assets/worker.glb'

interface Manifest {
  assets: { path: string; what: string; source: string; author: string; licence: string }[]
}
const manifest = JSON.parse(readFileSync(path.join(root, 'assets/manifest.json'), 'utf8')) as Manifest

function assetFiles(): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    if (!existsSync(path.join(root, dir))) return
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.posix.join(dir, entry.name)
      if (entry.isDirectory()) walk(relative)
      else if (assetExtensions.some((extension) => entry.name.toLowerCase().endsWith(extension)))
        found.push(relative)
    }
  }
  walk('assets')
  for (const scenario of readdirSync(path.join(root, 'scenarios'), { withFileTypes: true }))
    if (scenario.isDirectory()) walk(`scenarios/${scenario.name}/assets`)
  return found.sort()
}

/** Draw calls (primitives, per node that uses the mesh) and triangles of a .glb file. */
export function countGlb(bytes: Uint8Array, name: string): { drawCalls: number; triangles: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const jsonLength = view.getUint32(12, true)
  const json = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + jsonLength))) as {
    nodes?: { mesh?: number }[]
    meshes?: { primitives: unknown[] }[]
  }
  const drawCalls = (json.nodes ?? []).reduce(
    (sum, node) => sum + (node.mesh === undefined ? 0 : (json.meshes?.[node.mesh]?.primitives.length ?? 0)),
    0,
  )
  return { drawCalls, triangles: readGlb(bytes, name).indices.length / 3 }
}

/** The static render cost of a scenario: its objects, its people and the runtime's allowance. */
export function sceneCost(scenario: Scenario, scenarioDir: string) {
  let drawCalls = runtimeAllowance.drawCalls
  let triangles = runtimeAllowance.triangles
  for (const object of scenario.objects) {
    const shape = object.shape
    if (shape.kind === 'model') {
      const cost = countGlb(readFileSync(path.join(scenarioDir, shape.asset)), shape.asset)
      drawCalls += cost.drawCalls
      triangles += cost.triangles
    } else {
      drawCalls += 1
      triangles += primitiveTriangles[shape.kind]
    }
  }
  const person = countGlb(readFileSync(path.join(root, personModel)), personModel)
  drawCalls += scenario.people.length * person.drawCalls
  triangles += scenario.people.length * person.triangles
  return { drawCalls, triangles }
}

describe('assets/manifest.json', () => {
  it('lists every asset file, and every listed file exists with its source and licence', () => {
    const listed = manifest.assets.map((asset) => asset.path).sort()
    expect(listed).toEqual(assetFiles())
    for (const asset of manifest.assets) {
      expect(existsSync(path.join(root, asset.path)), asset.path).toBe(true)
      expect(asset.licence, asset.path).toMatch(/\S/)
      expect(asset.source, asset.path).toMatch(/\S/)
      expect(asset.author, asset.path).toMatch(/\S/)
    }
  })

  const generated = readdirSync(path.join(root, 'scenarios')).filter((name) =>
    existsSync(path.join(root, 'scenarios', name, 'assets', 'generate.mjs')),
  )
  for (const name of generated)
    it(`the ${name} models are exactly what their generator makes`, async () => {
      const dir = path.join(root, 'scenarios', name, 'assets')
      const generator = (await import(pathToFileURL(path.join(dir, 'generate.mjs')).href)) as {
        generateAll: () => Map<string, Uint8Array>
      }
      for (const [file, bytes] of generator.generateAll()) {
        const committed = readFileSync(path.join(dir, file))
        expect(Buffer.compare(committed, Buffer.from(bytes)), `${file}: run generate.mjs`).toBe(0)
      }
    })
})

describe('render budget', () => {
  it('counts primitives and triangles from a glTF file', () => {
    const bytes = generateAll().get('press.glb')!
    // 8 boxes (12 triangles each) and a 16-sided cylinder (4 triangles a side), one primitive.
    expect(countGlb(bytes, 'press.glb')).toEqual({ drawCalls: 1, triangles: 8 * 12 + 16 * 4 })
  })

  const scenarios = readdirSync(path.join(root, 'scenarios'), { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(root, 'scenarios', entry.name, 'scenario.yaml')),
    )
    .map((entry) => entry.name)

  it('finds the shipped scenarios', () => {
    expect(scenarios).toContain('lockout-tagout')
  })

  for (const id of scenarios)
    it(`${id}: at most ${budget.drawCalls} draw calls and ${budget.triangles.toLocaleString('en')} triangles`, async () => {
      const dir = path.join(root, 'scenarios', id)
      const loaded = await loadScenario(path.join(dir, 'scenario.yaml'), {
        readFile: async (file: string) => (existsSync(file) ? readFileSync(file) : undefined),
      })
      if (!loaded.ok) throw new Error(loaded.problems.map((problem) => formatProblem(problem)).join('\n'))
      const cost = sceneCost(loaded.scenario, dir)
      console.log(`${id}: ${cost.drawCalls} draw calls, ${cost.triangles} triangles`)
      expect(cost.drawCalls).toBeLessThanOrEqual(budget.drawCalls)
      expect(cost.triangles).toBeLessThanOrEqual(budget.triangles)
      expect(loaded.scenario.objects.some((object) => object.shape.kind === 'model')).toBe(true)
    })
})
