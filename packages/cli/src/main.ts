import { parseArgs } from 'node:util'
import { processIO, type CommandIO } from './commands/command-io.ts'
import { doctorCommand, doctorUsage } from './commands/doctor.ts'

const usage = `practicum <command> [options]

Commands:
  doctor     check this machine and say what to install

Run \`practicum <command> --help\` for a command's options.`

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CommandIO = processIO): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(usage)
    return command === undefined ? 1 : 0
  }
  try {
    switch (command) {
      case 'doctor': {
        const { values } = parseArgs({
          args: rest,
          options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
        })
        if (values.help) {
          io.out(doctorUsage)
          return 0
        }
        return await doctorCommand({ json: values.json }, io)
      }
      default:
        io.err(`practicum: unknown command "${command}"\n\n${usage}`)
        return 1
    }
  } catch (error) {
    // Bad options are the user's to fix: say what and where, no stack trace.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`practicum ${command}: ${error.message}`)
      return 1
    }
    throw error
  }
}
