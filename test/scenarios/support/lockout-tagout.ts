// Loading the lockout-tagout scenario, its bots and golden runs for the root tests and the bench.
import * as bots from '../../../scenarios/lockout-tagout/bots/expert.ts'
import { scenarioBundle } from './scenario-bundle.ts'

const bundle = scenarioBundle('lockout-tagout', bots)

export const { scenarioDir, scenarioFile, startAttempt } = bundle
/** The scenario (validated), its segments, the expert's plan and its golden runs. */
export const loadLockout = bundle.load
export type LoadedLockout = Awaited<ReturnType<typeof loadLockout>>
