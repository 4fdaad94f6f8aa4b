import { runBackup } from '../lrs/backup.ts'
import { runKeys } from '../lrs/keys.ts'
import { parseArgs, storageChoice, storageOptions } from '../lrs/lrs-options.ts'
import { serveLrs } from '../lrs/serve-lrs.ts'
import type { Command } from './command.ts'

export const lrsCommand: Command = {
  name: 'lrs',
  summary: 'run the embedded Learning Record Store (xAPI 2.0.0 and 1.0.3)',
  usage: `practicum lrs [--port 8370] [--data .practicum/lrs] [--postgres URL]
practicum lrs keys add [--scope SCOPE]… [--label TEXT]
practicum lrs keys list
practicum lrs keys revoke KEY
practicum lrs backup [--out FILE]

Runs the LRS at http://127.0.0.1:PORT/xapi with SQLite in the data folder, or PostgreSQL
with --postgres (or PRACTICUM_LRS_POSTGRES). The first start creates a credential with
scope "all" and prints it once. Scopes: statements/write, statements/read,
statements/read/mine, state, define, profile, all/read, all. Stop with Ctrl-C.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        ...storageOptions,
        port: { type: 'string', default: '8370' },
        scope: { type: 'string', multiple: true, default: [] },
        label: { type: 'string', default: 'practicum' },
        out: { type: 'string' },
      },
    })
    const choice = storageChoice(values)
    const [sub, action, ...rest] = positionals
    if (sub === 'keys') return runKeys(action, rest, { choice, scope: values.scope, label: values.label }, io)
    if (sub === 'backup') return runBackup(choice, values.out, io)
    if (sub !== undefined) {
      io.err(`practicum lrs: unknown subcommand "${sub}"\n\n${lrsCommand.usage}`)
      return 1
    }
    const port = Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      io.err(`practicum lrs: --port must be a port number, got ${values.port}`)
      return 1
    }
    const served = await serveLrs(choice, port, io)
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve)
      process.once('SIGTERM', resolve)
    })
    await served.stop()
    io.out('practicum lrs: stopped')
    return 0
  },
}
