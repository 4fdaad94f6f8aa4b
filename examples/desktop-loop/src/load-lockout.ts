import RAPIER from '@dimforge/rapier3d-compat'
import { formatProblem, loadScenario, type Scenario } from '@practicum/scenario'
import { createSim, loadMeshes, type Sim } from '@practicum/sim'
import scenarioText from '../../../scenarios/lockout-tagout/scenario.yaml?raw'

// Bundled with the page (hashed URLs, no CDN): the page plays offline.
const modelUrls = import.meta.glob('../../../scenarios/lockout-tagout/assets/*.glb', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>

/** The URL of a scenario-relative asset (`assets/press.glb`). */
export function assetUrl(asset: string): string {
  const url = modelUrls[`../../../scenarios/lockout-tagout/${asset}`]
  if (!url) throw new Error(`${asset}: not bundled with the page`)
  return url
}

async function readFile(path: string): Promise<Uint8Array | undefined> {
  if (path === 'scenario.yaml') return new TextEncoder().encode(scenarioText)
  const url = modelUrls[`../../../scenarios/lockout-tagout/${path}`]
  if (!url) return undefined
  return new Uint8Array(await (await fetch(url)).arrayBuffer())
}

export interface Launch {
  speed: number
  seed: number
  mode: 'practice' | 'assessment'
  /** The hand the mouse and keyboard move (the learner's dominant hand). */
  hand: 'left' | 'right'
  /** Seated play: the core raises head and hands by the scenario's seated offset. */
  seated: boolean
}

/** Reads `?speed=N&seed=S&mode=practice|assessment&hand=left|right&seated=1`. */
export function readLaunch(search: string): Launch {
  const params = new URLSearchParams(search)
  const speed = Number(params.get('speed') ?? 1)
  const seed = Number(params.get('seed') ?? 1)
  return {
    speed: Number.isInteger(speed) && speed >= 1 ? speed : 1,
    seed: Number.isInteger(seed) ? seed : 1,
    mode: params.get('mode') === 'assessment' ? 'assessment' : 'practice',
    hand: params.get('hand') === 'left' ? 'left' : 'right',
    seated: params.get('seated') === '1',
  }
}

/** Loads the lockout/tagout scenario, with its models' colliders, and starts a core on it. */
export async function startLockout(launch: Launch): Promise<{ sim: Sim; scenario: Scenario }> {
  await RAPIER.init()
  const loaded = await loadScenario('scenario.yaml', { readFile })
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => formatProblem(problem)).join('\n'))
  const models = [...loaded.scenario.objects, ...loaded.scenario.zones].flatMap((item) =>
    item.shape.kind === 'model' ? [item.shape.asset] : [],
  )
  const meshes = await loadMeshes([...new Set(models)], readFile)
  const sim = createSim({
    rapier: RAPIER,
    scenario: loaded.scenario,
    seed: launch.seed,
    mode: launch.mode,
    contentHash: loaded.hash,
    meshes,
    speed: launch.speed,
    seated: launch.seated,
  })
  return { sim, scenario: loaded.scenario }
}
