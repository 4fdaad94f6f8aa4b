import { parseArgs } from 'node:util'
import { formatResult, readyLine } from '../doctor/format-report.ts'
import { runDoctor } from '../doctor/run-doctor.ts'
import type { Command } from './command.ts'

export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'check this machine and say what to install',
  usage: `practicum doctor [--json]

Checks what Practicum needs on this machine (Node, pnpm, build tools, Chromium,
PostgreSQL, disk, ports), says what is missing and the command that installs it,
and ends with a ready line. Exit code 0 when ready, 1 when something is missing.`,
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { json: { type: 'boolean', default: false } } })
    if (!values.json) io.out('Checking this machine for Practicum…')
    const report = await runDoctor(undefined, (result) => {
      if (!values.json) io.out(formatResult(result))
    })
    if (values.json) io.out(JSON.stringify({ ...report, readyLine: readyLine(report) }, null, 2))
    else io.out(readyLine(report))
    return report.ready ? 0 : 1
  },
}
