// Loading the chemical-spill scenario, its bots and golden runs for the root tests and the bench.
import * as bots from '../../../scenarios/chemical-spill/bots/expert.ts'
import { scenarioBundle } from './scenario-bundle.ts'

const bundle = scenarioBundle('chemical-spill', bots)

export const { scenarioDir, scenarioFile, startAttempt } = bundle
/** The scenario (validated), its segments, the expert's plan and its golden runs. */
export const loadSpill = bundle.load
export type LoadedSpill = Awaited<ReturnType<typeof loadSpill>>
