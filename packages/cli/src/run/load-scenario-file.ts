import path from 'node:path'
import { formatProblem, loadScenario, type Scenario } from '@practicum/scenario'
import { loadMeshes, type MeshData } from '@practicum/sim'
import { nodeReader } from '../validate/node-reader.ts'

/**
 * Loads and validates a scenario file and the meshes of its glTF models (for colliders); on any
 * problem, throws a message listing each as file:line:col.
 */
export async function loadScenarioFile(
  file: string,
): Promise<{ scenario: Scenario; hash: string; meshes: Map<string, MeshData> }> {
  const result = await loadScenario(file, nodeReader)
  if (!result.ok) {
    throw new Error(
      `${file} is not a valid scenario:\n${result.problems.map((problem) => formatProblem(problem)).join('\n')}`,
    )
  }
  const { scenario } = result
  const models = [...scenario.objects, ...scenario.zones].flatMap((item) =>
    item.shape.kind === 'model' ? [item.shape.asset] : [],
  )
  const folder = path.dirname(file)
  const meshes = await loadMeshes([...new Set(models)], (asset) =>
    nodeReader.readFile(path.join(folder, asset)),
  )
  return { scenario, hash: result.hash, meshes }
}
