import { readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { replay, type Recording } from '@practicum/sim'
import { loadRapier } from '../run/load-rapier.ts'
import { loadScenarioFile } from '../run/load-scenario-file.ts'
import type { Command } from './command.ts'

export const replayCommand: Command = {
  name: 'replay',
  summary: 'verify a recorded attempt by replaying it',
  usage: `practicum replay <recording> [--scenario FILE] [--json]

Replays the recording's actions in the simulation core and checks that they give
the recorded result (its checksum). The scenario defaults to
scenarios/<id>/scenario.yaml.

Exit code 0 when verified; 1 when the result differs or it cannot be verified
(a recording made under another core or physics version cannot be checked here).`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { scenario: { type: 'string' }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
    })
    const [file] = positionals
    if (!file) {
      io.err(`practicum replay: name a recording file\n\n${replayCommand.usage}`)
      return 1
    }
    try {
      let recording: Recording
      try {
        recording = JSON.parse(await readFile(file, 'utf8')) as Recording
      } catch (error) {
        throw new Error(`${file}: not a readable recording (${(error as Error).message})`, { cause: error })
      }
      const scenarioFile =
        values.scenario ?? path.join('scenarios', String(recording.scenario?.id), 'scenario.yaml')
      if (!existsSync(scenarioFile))
        throw new Error(`scenario ${scenarioFile} not found; name it with --scenario`)
      const [{ scenario, hash, meshes }, rapier] = await Promise.all([
        loadScenarioFile(scenarioFile),
        loadRapier(),
      ])
      const result = replay({ rapier, scenario, recording, contentHash: hash, meshes })
      if (values.json)
        io.out(
          JSON.stringify({ status: result.status, ...('reason' in result ? { reason: result.reason } : {}) }),
        )
      else if (result.status === 'verified')
        io.out(`✔ verified: the recorded actions give the recorded result (${result.checksum.slice(0, 16)}…)`)
      else io.err(`✘ ${result.status === 'mismatch' ? 'does not verify' : 'cannot verify'}: ${result.reason}`)
      return result.status === 'verified' ? 0 : 1
    } catch (error) {
      io.err(`practicum replay: ${(error as Error).message}`)
      return 1
    }
  },
}
