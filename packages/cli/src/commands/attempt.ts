import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { runBot } from '@practicum/sim'
import {
  createStatementMapper,
  createTransport,
  learnerByAccount,
  type OutgoingStatement,
} from '@practicum/xapi'
import { openFileQueueStore } from '@practicum/xapi/node'
import { startBotAttempt } from '../run/start-bot-attempt.ts'
import type { Command } from './command.ts'

export const attemptCommand: Command = {
  name: 'attempt',
  summary: 'run a headless attempt with a bot and send its xAPI evidence to an LRS',
  usage: `practicum attempt <scenario> --bot <file> --lrs URL --key KEY --secret SECRET
                  [--seed N] [--mode practice|assessment] [--learner NAME]
                  [--homepage URL] [--queue DIR] [--timeout SECONDS] [--json]

Runs the scenario headless with the bot, maps the attempt's events to statements of the
Practicum xAPI Profile (the recording travels on the last one), queues them on disk and
delivers them to the LRS (its /about decides 2.0.0 or 1.0.3). What cannot be delivered
now stays in the queue folder and goes with the next attempt.

Options:
  --lrs URL        the xAPI endpoint, e.g. http://127.0.0.1:8370/xapi
  --key, --secret  an LRS credential (HTTP Basic) with statements/write
  --learner NAME   the learner's account name; default "headless-bot"
  --homepage URL   the learner account's home page; default https://w3id.org/practicum/learners
  --queue DIR      the durable queue; default .practicum/xapi-queue
  --timeout S      give up waiting for the LRS after S seconds (the queue stays); default 60
  --json           print { outcome, registration, sent, failed, queued, query }

Exit code 0 when every statement was delivered, 1 otherwise.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        bot: { type: 'string' },
        lrs: { type: 'string' },
        key: { type: 'string' },
        secret: { type: 'string' },
        seed: { type: 'string', default: '1' },
        mode: { type: 'string' },
        learner: { type: 'string', default: 'headless-bot' },
        homepage: { type: 'string', default: 'https://w3id.org/practicum/learners' },
        queue: { type: 'string', default: path.join('.practicum', 'xapi-queue') },
        timeout: { type: 'string', default: '60' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    })
    const [file] = positionals
    if (!file || !values.bot || !values.lrs || !values.key || !values.secret) {
      io.err(
        `practicum attempt: name a scenario, --bot, --lrs, --key and --secret\n\n${attemptCommand.usage}`,
      )
      return 1
    }
    try {
      const { sim, scenario, hash, commands } = await startBotAttempt({
        scenarioFile: file,
        botFile: values.bot,
        seed: values.seed,
        mode: values.mode,
      })
      const attemptId = randomUUID()
      const mapper = createStatementMapper({
        scenario,
        learner: learnerByAccount(values.homepage, values.learner),
        attemptId,
        anchor: Date.now(),
        dt: sim.dt,
        contentHash: hash,
      })
      const statements: OutgoingStatement[] = []
      sim.subscribe((event) => statements.push(...mapper.push(event)))
      runBot(sim, commands)
      const recording = sim.recording()
      sim.dispose()
      statements.push(...mapper.end(recording))
      const transport = createTransport({
        store: await openFileQueueStore(values.queue),
        endpoint: values.lrs,
        auth: { kind: 'basic', key: values.key, secret: values.secret },
        batchDelayMs: 0,
      })
      await transport.enqueue(statements)
      let drained = true
      try {
        await transport.drain(Number(values.timeout) * 1000)
      } catch {
        drained = false
      }
      await transport.stop()
      const status = transport.status()
      const query = `${values.lrs.replace(/\/$/, '')}/statements?registration=${attemptId}&ascending=true`
      const outcome = recording.result.outcome ?? 'unfinished'
      if (values.json) {
        io.out(JSON.stringify({ outcome, registration: attemptId, ...status, query }))
      } else {
        io.out(
          `practicum attempt: ${scenario.id} with ${values.bot}: ${outcome}; ${statements.length} statements (xAPI ${status.version ?? '?'}), ${status.sent} delivered, ${status.failed} kept as failed, ${status.queued} still queued in ${values.queue}`,
        )
        if (!drained)
          io.out(`  the LRS did not take them all yet (${status.lastError ?? 'no answer'}); they stay queued`)
        io.out(`practicum attempt: see them with:`)
        io.out(`  curl -u KEY:SECRET -H 'X-Experience-API-Version: ${status.version ?? '2.0.0'}' '${query}'`)
      }
      return drained && status.failed === 0 ? 0 : 1
    } catch (error) {
      io.err(`practicum attempt: ${(error as Error).message}`)
      return 1
    }
  },
}
