import RAPIER from '@dimforge/rapier3d-compat'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { formatProblem, loadScenario } from '@practicum/scenario'
import { createSim, loadMeshes, type Sim } from '@practicum/sim'

/**
 * A core running a shipped scenario (a folder under scenarios/, read as files: scenarios are data,
 * not a package) with its models' colliders, as the desktop loop page makes it.
 */
export async function shippedSim(
  scenario: string,
  seed: number,
  mode: 'practice' | 'assessment' = 'assessment',
): Promise<Sim> {
  const folder = path.resolve(import.meta.dirname, '../../../../scenarios', scenario)
  const read = async (file: string) => {
    try {
      return new Uint8Array(await readFile(path.join(folder, file)))
    } catch {
      return undefined
    }
  }
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
    mode,
    contentHash: loaded.hash,
    meshes,
  })
}
