import { processIO, type CommandIO } from './commands/command-io.ts'
import { commands } from './commands/index.ts'

function usage(): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 3
  const list = commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`).join('\n')
  return `practicum <command> [options]\n\nCommands:\n${list}\n\nRun \`practicum <command> --help\` for a command's options.`
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
}

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CommandIO = processIO): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage())
    return name === undefined ? 1 : 0
  }
  const command = commands.find((candidate) => candidate.name === name)
  if (!command) {
    io.err(`practicum: unknown command "${name}"\n\n${usage()}`)
    return 1
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage)
    return 0
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    // Bad options are the user's to fix: say what, show the usage, no stack trace.
    if (isParseArgsError(error)) {
      io.err(`practicum ${name}: ${error.message}\n\n${command.usage}`)
      return 1
    }
    throw error
  }
}
