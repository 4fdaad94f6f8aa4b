import RAPIER from '@dimforge/rapier3d-compat'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { formatProblem, parseScenario, validateScenario, type Scenario } from '@practicum/scenario'
import { createSim, type Sim } from '@practicum/sim'

function fixtureScenario(name: string): Scenario {
  // The core's own fixtures, read as files (packages share no source).
  const file = path.resolve(import.meta.dirname, '../../../sim/test/fixtures', name)
  const parsed = parseScenario(readFileSync(file, 'utf8'), { file })
  if (parsed.problems.length) throw new Error(parsed.problems.map((p) => formatProblem(p)).join('\n'))
  const result = validateScenario(parsed.data, { file, sourceMap: parsed.sourceMap })
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'))
  return result.scenario
}

let ready: Promise<void> | undefined

/**
 * A core on one of the core's fixtures: `ledge.yaml` (a 2 m platform with an open edge: walking off
 * it is a fall), `two-handed-crate.yaml` (a 12 kg crate that takes both hands) or `ladder-climb.yaml`
 * (a 3 m deck reached by a ladder that asks for both hands free), optionally changed first.
 */
export async function fixtureSim(
  name: 'ledge.yaml' | 'two-handed-crate.yaml' | 'ladder-climb.yaml',
  change: (scenario: Scenario) => Scenario = (scenario) => scenario,
): Promise<Sim> {
  ready ??= RAPIER.init()
  await ready
  return createSim({ rapier: RAPIER, scenario: change(fixtureScenario(name)), seed: 1, mode: 'practice' })
}
