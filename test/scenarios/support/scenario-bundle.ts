// Loading a shipped scenario with its bots and golden runs, for the root tests and the benches.
import RAPIER from '@dimforge/rapier3d-compat'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { formatProblem, loadScenario, parseScenario, type Scenario } from '@practicum/scenario'
import { createSim, loadMeshes, type Sim } from '@practicum/sim'

/** How a scenario's bots read their files (each scenario's bots/expert.ts exports these). */
export interface BotReaders<S, P, G> {
  readSegments(data: unknown): S
  readExpertPlan(data: unknown, segments: S): P
  readGoldenRun(data: unknown, segments: S): G
}

/** A scenario, validated, with its segments, its expert's plan, its golden runs and its meshes. */
export interface ScenarioBundle<S, P, G> {
  scenario: Scenario
  hash: string
  segments: S
  expertPlan: P
  golden: Map<string, G>
  meshes: Awaited<ReturnType<typeof loadMeshes>>
}

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

/** The folder, a loader (failing loudly on any problem) and fresh attempts of `scenarios/<name>`. */
export function scenarioBundle<S, P, G>(name: string, readers: BotReaders<S, P, G>) {
  const scenarioDir = path.resolve(import.meta.dirname, '../../../scenarios', name)
  const scenarioFile = path.join(scenarioDir, 'scenario.yaml')

  async function load(): Promise<ScenarioBundle<S, P, G>> {
    await RAPIER.init()
    const loaded = await loadScenario(scenarioFile, { readFile: async (file) => readFile(file) })
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => formatProblem(p)).join('\n'))
    const segments = readers.readSegments(parseYaml(path.join(scenarioDir, 'bots', 'segments.yaml')))
    const expertPlan = readers.readExpertPlan(
      parseYaml(path.join(scenarioDir, 'bots', 'expert-plan.yaml')),
      segments,
    )
    const golden = new Map<string, G>()
    const goldenDir = path.join(scenarioDir, 'bots', 'golden')
    for (const file of readdirSync(goldenDir)
      .filter((entry) => entry.endsWith('.yaml'))
      .sort())
      golden.set(
        `bots/golden/${file}`,
        readers.readGoldenRun(parseYaml(path.join(goldenDir, file)), segments),
      )
    const models = [...loaded.scenario.objects, ...loaded.scenario.zones].flatMap((item) =>
      item.shape.kind === 'model' ? [item.shape.asset] : [],
    )
    const meshes = await loadMeshes([...new Set(models)], async (asset) =>
      readFile(path.join(scenarioDir, asset)),
    )
    return { scenario: loaded.scenario, hash: loaded.hash, segments, expertPlan, golden, meshes }
  }

  /** A fresh attempt of the scenario. */
  function startAttempt(
    bundle: ScenarioBundle<S, P, G>,
    seed: number,
    mode: 'practice' | 'assessment' = 'assessment',
    parameters: Readonly<Record<string, number>> = {},
  ): Sim {
    return createSim({
      rapier: RAPIER,
      scenario: bundle.scenario,
      seed,
      mode,
      parameters,
      contentHash: bundle.hash,
      meshes: bundle.meshes,
    })
  }

  return { scenarioDir, scenarioFile, load, startAttempt }
}
