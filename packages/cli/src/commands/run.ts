import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { parseQuantity } from '@practicum/scenario'
import { runBot, type SimEvent } from '@practicum/sim'
import { startBotAttempt } from '../run/start-bot-attempt.ts'
import type { Command } from './command.ts'

/** `id=value` pairs; a value is SI (`1.5`) or carries its unit (`6ft`, `"20 ppm"`). */
function parseParameters(values: readonly string[]): Record<string, number> {
  const parameters: Record<string, number> = {}
  for (const value of values) {
    const [id, text] = value.split('=')
    const quantity =
      text === undefined
        ? undefined
        : Number.isFinite(Number(text))
          ? { si: Number(text) }
          : parseQuantity(text)
    if (!id || !quantity || 'error' in quantity) {
      throw new Error(
        `--param ${value}: write id=value, in SI units or with a unit, e.g. --param safeDistance=1.5 or --param anchorHeight=6ft`,
      )
    }
    parameters[id] = quantity.si
  }
  return parameters
}

function describe(event: SimEvent, dt: number): string | undefined {
  const t = `${(event.step * dt).toFixed(2).padStart(7)} s`
  switch (event.type) {
    case 'step-completed':
      return `${t}  ✔ step ${event.id}${event.inOrder ? '' : ' (out of order)'}`
    case 'step-failed':
      return `${t}  ✘ step ${event.id}: ${event.reason}`
    case 'hazard-exposed':
      return `${t}  ⚠ exposed to ${event.id} (${event.severity}, ${event.outcome})`
    case 'critical-error':
      return `${t}  ✘ critical error ${event.id}`
    case 'action-rejected':
      return `${t}  · ${event.action} rejected: ${event.detail}`
    case 'fault-injected':
      return `${t}  · fault ${event.id}`
    default:
      return undefined
  }
}

export const runCommand: Command = {
  name: 'run',
  summary: 'run a scenario headless with a scripted learner (bot)',
  usage: `practicum run <scenario> --bot <file> [--seed N] [--mode practice|assessment]
              [--param id=value]… [--record FILE] [--json]

Runs the scenario in the simulation core, headless, with the bot's head, hand,
grip and trigger actions, and prints what happened and the outcome.

Options:
  --bot FILE       the scripted learner (YAML or JSON list of commands)
  --seed N         seed of the case (faults and drawn values); default 1
  --mode MODE      practice (hints) or assessment; default: the scenario's first mode
  --param id=v     override a parameter, in SI units or with a unit: 6ft (repeatable)
  --record FILE    write the attempt's recording (replay it with practicum replay)
  --json           print { outcome, score, criticalErrors, steps, checksum, events }

Exit code 0 when the attempt passed, 1 when it failed or could not run.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        bot: { type: 'string' },
        seed: { type: 'string', default: '1' },
        mode: { type: 'string' },
        param: { type: 'string', multiple: true, default: [] },
        record: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    })
    const [file] = positionals
    if (!file || !values.bot) {
      io.err(`practicum run: name a scenario file and --bot <file>\n\n${runCommand.usage}`)
      return 1
    }
    try {
      const { sim, scenario, commands } = await startBotAttempt({
        scenarioFile: file,
        botFile: values.bot,
        seed: values.seed,
        mode: values.mode,
        parameters: parseParameters(values.param),
      })
      if (!values.json) {
        io.out(`▶ ${scenario.id} (seed ${sim.seed}, ${sim.mode}) with ${values.bot}`)
        sim.subscribe((event) => {
          const line = describe(event, sim.dt)
          if (line) io.out(line)
        })
      }
      const started = performance.now()
      runBot(sim, commands)
      const wall = (performance.now() - started) / 1000
      const recording = sim.recording()
      sim.dispose()
      if (values.record) await writeFile(values.record, JSON.stringify(recording))
      const simulated = recording.steps * sim.dt
      const { outcome, score, criticalErrors } = recording.result
      if (values.json) {
        io.out(
          JSON.stringify({
            outcome: outcome ?? 'unfinished',
            score,
            criticalErrors,
            steps: recording.steps,
            checksum: recording.checksum,
            events: sim.events(),
          }),
        )
      } else {
        const scoreText = score === undefined ? '' : `, score ${(score * 100).toFixed(0)} %`
        const errors = criticalErrors.length ? `, critical errors: ${criticalErrors.join(', ')}` : ''
        io.out(
          `${outcome === 'passed' ? '✔' : '✘'} ${outcome ?? 'unfinished (the bot stopped before the attempt ended)'}${scoreText}${errors}`,
        )
        io.out(
          `  ${simulated.toFixed(1)} s simulated in ${wall.toFixed(2)} s (${(simulated / wall).toFixed(0)}× real time); checksum ${recording.checksum.slice(0, 16)}…`,
        )
        if (values.record) io.out(`  recording written to ${values.record}`)
      }
      return outcome === 'passed' ? 0 : 1
    } catch (error) {
      io.err(`practicum run: ${(error as Error).message}`)
      return 1
    }
  },
}
