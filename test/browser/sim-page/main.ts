// The simulation core alone, bundled by Vite into a bare page (no renderer): runs the same bot as
// the Node test and publishes the recording's checksum for comparison.
import RAPIER from '@dimforge/rapier3d-compat'
import { parseScenario, validateScenario } from '@practicum/scenario'
import { createSim, runBot } from '@practicum/sim'
import fixture from '../../../packages/sim/test/fixtures/press-lockout.yaml?raw'
import { expert } from '../../../packages/sim/test/support/press-lockout-bots.ts'

interface PageResult {
  checksum?: string
  outcome?: string
  steps?: number
  error?: string
}

const output = window as unknown as { result?: PageResult }

async function run(): Promise<PageResult> {
  await RAPIER.init()
  const parsed = parseScenario(fixture, { file: 'press-lockout.yaml' })
  const validated = validateScenario(parsed.data, { file: 'press-lockout.yaml', sourceMap: parsed.sourceMap })
  if (!validated.ok) return { error: validated.problems.map((problem) => problem.message).join('; ') }
  const sim = createSim({ rapier: RAPIER, scenario: validated.scenario, mode: 'assessment', seed: 7 })
  runBot(sim, expert)
  const recording = sim.recording()
  sim.dispose()
  return {
    checksum: recording.checksum,
    ...(recording.result.outcome ? { outcome: recording.result.outcome } : {}),
    steps: recording.steps,
  }
}

run().then(
  (result) => {
    output.result = result
    document.getElementById('status')!.textContent = JSON.stringify(result)
  },
  (error: unknown) => {
    output.result = { error: String(error) }
  },
)
