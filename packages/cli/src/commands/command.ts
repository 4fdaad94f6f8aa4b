import type { CommandIO } from './command-io.ts'

/** One `practicum <name>` command. Each lives in its own file and is listed in commands/index.ts. */
export interface Command {
  name: string
  /** One line for `practicum --help`. */
  summary: string
  /** The full text of `practicum <name> --help`. */
  usage: string
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run: (args: readonly string[], io: CommandIO) => Promise<number>
}
