import type { Command } from './command.ts'
import { doctorCommand } from './doctor.ts'
import { lrsCommand } from './lrs.ts'
import { validateCommand } from './validate.ts'

/** Every `practicum` command, in the order `practicum --help` lists them. */
export const commands: readonly Command[] = [doctorCommand, lrsCommand, validateCommand]
