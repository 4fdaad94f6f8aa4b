import { checkBuildTools } from './build-tools-check.ts'
import type { CheckResult, DoctorCheck } from './check.ts'
import { checkChromium } from './chromium-check.ts'
import { checkDisk } from './disk-check.ts'
import { checkNode } from './node-check.ts'
import { checkPnpm } from './pnpm-check.ts'
import { checkPorts } from './port-check.ts'
import { checkPostgres } from './postgres-check.ts'

export const defaultChecks: readonly DoctorCheck[] = [
  () => checkNode(),
  () => checkPnpm(),
  () => checkBuildTools(),
  () => checkChromium(),
  () => checkPostgres(),
  () => checkDisk(),
  () => checkPorts(),
]

export interface DoctorReport {
  results: CheckResult[]
  /** True when nothing is `missing` (warnings do not block). */
  ready: boolean
}

/** Runs the checks one after another, reporting each as it finishes. */
export async function runDoctor(
  checks: readonly DoctorCheck[] = defaultChecks,
  onResult: (result: CheckResult) => void = () => {},
): Promise<DoctorReport> {
  const results: CheckResult[] = []
  for (const check of checks) {
    const result = await check()
    results.push(result)
    onResult(result)
  }
  return { results, ready: results.every((result) => result.status !== 'missing') }
}
