import { attemptCommand } from './attempt.ts'
import type { Command } from './command.ts'
import { doctorCommand } from './doctor.ts'
import { lrsCommand } from './lrs.ts'
import { replayCommand } from './replay.ts'
import { runCommand } from './run.ts'
import { validateCommand } from './validate.ts'

/** Every `practicum` command, in the order `practicum --help` lists them. */
export const commands: readonly Command[] = [
  doctorCommand,
  validateCommand,
  runCommand,
  replayCommand,
  lrsCommand,
  attemptCommand,
]
