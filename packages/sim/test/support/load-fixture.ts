import RAPIER from '@dimforge/rapier3d-compat'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { formatProblem, parseScenario, validateScenario, type Scenario } from '@practicum/scenario'

export { RAPIER }

/** Parses and validates a fixture of packages/sim/test/fixtures, failing loudly on any problem. */
export function loadFixture(name: string): Scenario {
  const file = path.join(import.meta.dirname, '..', 'fixtures', name)
  const parsed = parseScenario(readFileSync(file, 'utf8'), { file })
  if (parsed.problems.length)
    throw new Error(parsed.problems.map((problem) => formatProblem(problem)).join('\n'))
  const result = validateScenario(parsed.data, { file, sourceMap: parsed.sourceMap })
  if (!result.ok) throw new Error(result.problems.map((problem) => formatProblem(problem)).join('\n'))
  return result.scenario
}
