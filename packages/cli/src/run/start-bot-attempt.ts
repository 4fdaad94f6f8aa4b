import { createSim, type BotCommand, type Sim } from '@practicum/sim'
import type { Scenario } from '@practicum/scenario'
import { loadRapier } from './load-rapier.ts'
import { loadScenarioFile } from './load-scenario-file.ts'
import { readBotFile } from './read-bot-file.ts'

export interface BotAttemptOptions {
  scenarioFile: string
  botFile: string
  /** As typed: a whole number ≥ 0. */
  seed: string
  mode?: string | undefined
  /** Launch overrides, SI. */
  parameters?: Record<string, number>
}

export interface BotAttempt {
  sim: Sim
  scenario: Scenario
  hash: string
  commands: BotCommand[]
}

/**
 * What `practicum run` and `practicum attempt` share: checks the seed and mode, loads the scenario
 * (with its model meshes), the bot and Rapier, and makes the attempt. Throws an Error that says
 * what to fix.
 */
export async function startBotAttempt(options: BotAttemptOptions): Promise<BotAttempt> {
  const seed = Number(options.seed)
  if (!Number.isInteger(seed) || seed < 0)
    throw new Error(`--seed must be a whole number ≥ 0, got "${options.seed}"`)
  const { mode } = options
  if (mode !== undefined && mode !== 'practice' && mode !== 'assessment') {
    throw new Error(`--mode is practice or assessment, got "${mode}"`)
  }
  const [{ scenario, hash, meshes }, commands, rapier] = await Promise.all([
    loadScenarioFile(options.scenarioFile),
    readBotFile(options.botFile),
    loadRapier(),
  ])
  const sim = createSim({
    rapier,
    scenario,
    seed,
    ...(mode ? { mode } : {}),
    ...(options.parameters ? { parameters: options.parameters } : {}),
    contentHash: hash,
    meshes,
  })
  return { sim, scenario, hash, commands }
}
