import type { CheckResult } from './check.ts'
import type { DoctorReport } from './run-doctor.ts'

const marks = { ok: '✔', warn: '!', missing: '✘' } as const

export function formatResult(result: CheckResult): string {
  const line = `${marks[result.status]} ${result.label.padEnd(26)} ${result.detail}`
  return result.fix ? `${line}\n    → ${result.fix}` : line
}

/** The last line of `practicum doctor`: tests and `npm start` wait for it. */
export function readyLine(report: DoctorReport): string {
  const missing = report.results.filter((result) => result.status === 'missing')
  const warnings = report.results.filter((result) => result.status === 'warn').length
  if (missing.length) {
    return `practicum doctor: not ready, ${missing.length} missing (${missing.map((r) => r.id).join(', ')}); run the commands above`
  }
  const suffix = warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''
  return `practicum doctor: ready (${report.results.length} checks${suffix})`
}
