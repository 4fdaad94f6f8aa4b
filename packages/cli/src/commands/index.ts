import type { Command } from './command.ts'
import { doctorCommand } from './doctor.ts'

/** Every `practicum` command, in the order `practicum --help` lists them. */
export const commands: readonly Command[] = [doctorCommand]
