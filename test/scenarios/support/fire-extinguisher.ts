// Loading the fire-extinguisher scenario, its bots and golden runs for the root tests and the bench.
import RAPIER from '@dimforge/rapier3d-compat'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { formatProblem, loadScenario, parseScenario, type Scenario } from '@practicum/scenario'
import { createSim, loadMeshes, type Sim } from '@practicum/sim'
import {
  readExpertPlan,
  readGoldenRun,
  readSegments,
  type ExpertPlan,
  type GoldenRun,
  type Segments,
} from '../../../scenarios/fire-extinguisher/bots/expert.ts'

export { RAPIER }
export const scenarioDir = path.resolve(import.meta.dirname, '../../../scenarios/fire-extinguisher')
export const scenarioFile = path.join(scenarioDir, 'scenario.yaml')

const readFile = (file: string): Uint8Array | undefined => {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

function parseYaml(file: string): unknown {
  const parsed = parseScenario(readFileSync(file, 'utf8'), { file })
  if (parsed.problems.length) throw new Error(parsed.problems.map((p) => formatProblem(p)).join('\n'))
  return parsed.data
}

export interface LoadedFire {
  scenario: Scenario
  hash: string
  segments: Segments
  expertPlan: ExpertPlan
  golden: Map<string, GoldenRun>
  meshes: Awaited<ReturnType<typeof loadMeshes>>
}

/** The scenario (validated), its segments and its golden runs, failing loudly on any problem. */
export async function loadFire(): Promise<LoadedFire> {
  await RAPIER.init()
  const loaded = await loadScenario(scenarioFile, { readFile: async (file) => readFile(file) })
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => formatProblem(p)).join('\n'))
  const segments = readSegments(parseYaml(path.join(scenarioDir, 'bots', 'segments.yaml')))
  const expertPlan = readExpertPlan(parseYaml(path.join(scenarioDir, 'bots', 'expert-plan.yaml')), segments)
  const golden = new Map<string, GoldenRun>()
  const goldenDir = path.join(scenarioDir, 'bots', 'golden')
  for (const name of readdirSync(goldenDir)
    .filter((file) => file.endsWith('.yaml'))
    .sort())
    golden.set(`bots/golden/${name}`, readGoldenRun(parseYaml(path.join(goldenDir, name)), segments))
  const models = [...loaded.scenario.objects, ...loaded.scenario.zones].flatMap((item) =>
    item.shape.kind === 'model' ? [item.shape.asset] : [],
  )
  const meshes = await loadMeshes([...new Set(models)], async (asset) =>
    readFile(path.join(scenarioDir, asset)),
  )
  return { scenario: loaded.scenario, hash: loaded.hash, segments, expertPlan, golden, meshes }
}

/** A fresh attempt of the scenario. */
export function startAttempt(
  fire: LoadedFire,
  seed: number,
  mode: 'practice' | 'assessment' = 'assessment',
  parameters: Readonly<Record<string, number>> = {},
): Sim {
  return createSim({
    rapier: RAPIER,
    scenario: fire.scenario,
    seed,
    mode,
    parameters,
    contentHash: fire.hash,
    meshes: fire.meshes,
  })
}
