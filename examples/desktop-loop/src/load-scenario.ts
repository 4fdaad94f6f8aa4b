import RAPIER from '@dimforge/rapier3d-compat'
import { formatProblem, loadScenario, type Scenario } from '@practicum/scenario'
import { createSim, loadMeshes, type Sim } from '@practicum/sim'

// Every shipped scenario and its assets, bundled with the page (hashed URLs, no CDN): it plays offline.
const scenarioTexts = import.meta.glob('../../../scenarios/*/scenario.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>
const assetUrls = import.meta.glob('../../../scenarios/*/assets/**/*', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>

const prefix = '../../../scenarios/'

/** The folders under scenarios/ that hold a scenario.yaml, in order. */
export const shippedScenarios: readonly string[] = Object.keys(scenarioTexts)
  .map((key) => key.slice(prefix.length, -'/scenario.yaml'.length))
  .sort()

/** The URL resolver of one scenario's assets (`assets/press.glb` → its bundled URL). */
export function assetResolver(folder: string): (asset: string) => string {
  return (asset) => {
    const url = assetUrls[`${prefix}${folder}/${asset}`]
    if (!url) throw new Error(`${folder}/${asset}: not bundled with the page`)
    return url
  }
}

function reader(folder: string): (path: string) => Promise<Uint8Array | undefined> {
  return async (path) => {
    const text = scenarioTexts[`${prefix}${folder}/${path}`]
    if (text !== undefined) return new TextEncoder().encode(text)
    const url = assetUrls[`${prefix}${folder}/${path}`]
    if (!url) return undefined
    return new Uint8Array(await (await fetch(url)).arrayBuffer())
  }
}

/** How a core is started for the page. */
export interface CoreOptions {
  speed: number
  seed: number
  mode: 'practice' | 'assessment'
  seated: boolean
}

/** A running core on a shipped scenario, with the scenario's content hash. */
export interface StartedScenario {
  sim: Sim
  scenario: Scenario
  hash: string
}

/**
 * Loads a shipped scenario (its models' colliders included) and starts a core on it. Throws, with
 * every problem located, when the scenario does not load; `folder` must be one of `shippedScenarios`.
 */
export async function startScenario(folder: string, options: CoreOptions): Promise<StartedScenario> {
  await RAPIER.init()
  const readFile = reader(folder)
  const loaded = await loadScenario('scenario.yaml', { readFile })
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => formatProblem(problem)).join('\n'))
  const models = [...loaded.scenario.objects, ...loaded.scenario.zones].flatMap((item) =>
    item.shape.kind === 'model' ? [item.shape.asset] : [],
  )
  const meshes = await loadMeshes([...new Set(models)], readFile)
  const sim = createSim({
    rapier: RAPIER,
    scenario: loaded.scenario,
    seed: options.seed,
    mode: options.mode,
    contentHash: loaded.hash,
    meshes,
    speed: options.speed,
    seated: options.seated,
  })
  return { sim, scenario: loaded.scenario, hash: loaded.hash }
}
