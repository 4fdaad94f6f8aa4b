import RAPIER from '@dimforge/rapier3d-compat'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { formatProblem, parseScenario, validateScenario, type Scenario } from '@practicum/scenario'
import { createSim, type Sim } from '@practicum/sim'

// The core's own small lockout fixture, read as a file (not imported: packages share no source).
const fixture = path.resolve(import.meta.dirname, '../../../sim/test/fixtures/press-lockout.yaml')

/** A ball dropped from 2 m above the floor, so there is something moving to draw. */
const droppedBall = `
  - {
      id: ball,
      name: lock,
      transform: { position: [-1 m, 2 m, 1 m] },
      shape: { kind: sphere, radius: 5 cm },
      body: { type: dynamic, mass: 0.5 kg },
    }
joints:`

/** The press-lockout scenario (with a falling ball), validated. */
export function pressScenario(): Scenario {
  const text = readFileSync(fixture, 'utf8').replace(/\njoints:/, droppedBall)
  const parsed = parseScenario(text, { file: fixture })
  if (parsed.problems.length) throw new Error(parsed.problems.map((p) => formatProblem(p)).join('\n'))
  const result = validateScenario(parsed.data, { file: fixture, sourceMap: parsed.sourceMap })
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'))
  return result.scenario
}

let ready: Promise<void> | undefined

/** A core running the press scenario. */
export async function pressSim(options: { seated?: boolean; speed?: number } = {}): Promise<Sim> {
  ready ??= RAPIER.init()
  await ready
  return createSim({ rapier: RAPIER, scenario: pressScenario(), seed: 1, mode: 'practice', ...options })
}
