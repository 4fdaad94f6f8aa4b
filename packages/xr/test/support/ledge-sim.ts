import RAPIER from '@dimforge/rapier3d-compat'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { formatProblem, parseScenario, validateScenario, type Scenario } from '@practicum/scenario'
import { createSim, type Sim } from '@practicum/sim'

// The core's ledge fixture (a 2 m platform with an open edge), read as a file.
const fixture = path.resolve(import.meta.dirname, '../../../sim/test/fixtures/ledge.yaml')

function ledgeScenario(): Scenario {
  const parsed = parseScenario(readFileSync(fixture, 'utf8'), { file: fixture })
  if (parsed.problems.length) throw new Error(parsed.problems.map((p) => formatProblem(p)).join('\n'))
  const result = validateScenario(parsed.data, { file: fixture, sourceMap: parsed.sourceMap })
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'))
  return result.scenario
}

let ready: Promise<void> | undefined

/** A core with the learner on a 2 m platform: walking off its edge is a fall (`fell`). */
export async function ledgeSim(): Promise<Sim> {
  ready ??= RAPIER.init()
  await ready
  return createSim({ rapier: RAPIER, scenario: ledgeScenario(), seed: 1, mode: 'practice' })
}
