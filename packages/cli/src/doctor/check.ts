/** The outcome of one doctor check. */
export type CheckStatus = 'ok' | 'warn' | 'missing'

export interface CheckResult {
  /** Stable id, e.g. `chromium`. */
  id: string
  /** What was checked, for people. */
  label: string
  status: CheckStatus
  /** What was found (a version, a path, a number). */
  detail: string
  /** The command (or step) that fixes a `missing` or `warn` result. */
  fix?: string
}

export type DoctorCheck = () => Promise<CheckResult> | CheckResult
