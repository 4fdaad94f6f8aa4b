import RAPIER from '@dimforge/rapier3d-compat'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { formatProblem, loadScenario } from '@practicum/scenario'
import { createSim, loadMeshes, type Sim } from '@practicum/sim'

// The shipped fire-extinguisher scenario, read as files (scenarios are data, not a package).
const folder = path.resolve(import.meta.dirname, '../../../../scenarios/fire-extinguisher')

const read = async (file: string) => {
  try {
    return new Uint8Array(await readFile(path.join(folder, file)))
  } catch {
    return undefined
  }
}

/** A core running the fire-extinguisher scenario with its models' colliders, as the desktop loop page makes it. */
export async function fireSim(seed: number): Promise<Sim> {
  await RAPIER.init()
  const loaded = await loadScenario('scenario.yaml', { readFile: read })
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => formatProblem(problem)).join('\n'))
  const models = [...loaded.scenario.objects, ...loaded.scenario.zones].flatMap((item) =>
    item.shape.kind === 'model' ? [item.shape.asset] : [],
  )
  const meshes = await loadMeshes([...new Set(models)], read)
  return createSim({
    rapier: RAPIER,
    scenario: loaded.scenario,
    seed,
    mode: 'assessment',
    contentHash: loaded.hash,
    meshes,
  })
}
