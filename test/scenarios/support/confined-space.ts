// Loading the confined-space scenario, its bots and golden runs for the root tests and the bench.
import * as bots from '../../../scenarios/confined-space/bots/expert.ts'
import { scenarioBundle } from './scenario-bundle.ts'

const bundle = scenarioBundle('confined-space', bots)

export const { scenarioDir, scenarioFile, startAttempt } = bundle
/** The scenario (validated), its segments, the expert's plan and its golden runs. */
export const loadConfinedSpace = bundle.load
export type LoadedConfinedSpace = Awaited<ReturnType<typeof loadConfinedSpace>>
