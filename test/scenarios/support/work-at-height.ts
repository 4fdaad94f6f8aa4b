// Loading the work-at-height scenario, its bots and golden runs for the root tests and the bench.
import * as bots from '../../../scenarios/work-at-height/bots/expert.ts'
import { scenarioBundle } from './scenario-bundle.ts'

const bundle = scenarioBundle('work-at-height', bots)

export const { scenarioDir, scenarioFile, startAttempt } = bundle
/** The scenario (validated), its segments, the expert's plan and its golden runs. */
export const loadWorkAtHeight = bundle.load
export type LoadedWorkAtHeight = Awaited<ReturnType<typeof loadWorkAtHeight>>
