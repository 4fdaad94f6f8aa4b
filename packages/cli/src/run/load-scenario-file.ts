import { formatProblem, loadScenario, type Scenario } from '@practicum/scenario'
import { nodeReader } from '../validate/node-reader.ts'

/** Loads and validates a scenario file; on any problem, throws a message listing each as file:line:col. */
export async function loadScenarioFile(file: string): Promise<{ scenario: Scenario; hash: string }> {
  const result = await loadScenario(file, nodeReader)
  if (!result.ok) {
    throw new Error(
      `${file} is not a valid scenario:\n${result.problems.map((problem) => formatProblem(problem)).join('\n')}`,
    )
  }
  return { scenario: result.scenario, hash: result.hash }
}
