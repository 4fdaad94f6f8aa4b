import { formatResult, readyLine } from '../doctor/format-report.ts'
import { runDoctor } from '../doctor/run-doctor.ts'
import type { CommandIO } from './command-io.ts'

export const doctorUsage = `practicum doctor [--json]

Checks what Practicum needs on this machine (Node, pnpm, build tools, Chromium,
PostgreSQL, disk, ports), says what is missing and the command that installs it,
and ends with a ready line. Exit code 0 when ready, 1 when something is missing.`

export async function doctorCommand(args: { json: boolean }, io: CommandIO): Promise<number> {
  if (!args.json) io.out('Checking this machine for Practicum…')
  const report = await runDoctor(undefined, (result) => {
    if (!args.json) io.out(formatResult(result))
  })
  if (args.json) io.out(JSON.stringify({ ...report, readyLine: readyLine(report) }, null, 2))
  else io.out(readyLine(report))
  return report.ready ? 0 : 1
}
