import RAPIER from '@dimforge/rapier3d-compat'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { formatProblem, parseScenario, validateScenario, type Scenario } from '@practicum/scenario'
import { createSim, type Sim } from '@practicum/sim'

// The core's rules fixture (a horn switch that plays a captioned sound), read as a file.
const fixture = path.resolve(import.meta.dirname, '../../../sim/test/fixtures/rules-playground.yaml')

function playgroundScenario(): Scenario {
  const parsed = parseScenario(readFileSync(fixture, 'utf8'), { file: fixture })
  if (parsed.problems.length) throw new Error(parsed.problems.map((p) => formatProblem(p)).join('\n'))
  const result = validateScenario(parsed.data, { file: fixture, sourceMap: parsed.sourceMap })
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'))
  return result.scenario
}

let ready: Promise<void> | undefined

/** A core running the rules playground: triggering the horn plays `hornSound`, captioned "Thing". */
export async function playgroundSim(): Promise<Sim> {
  ready ??= RAPIER.init()
  await ready
  return createSim({ rapier: RAPIER, scenario: playgroundScenario(), seed: 1, mode: 'practice' })
}
