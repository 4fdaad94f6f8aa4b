// Loading the fire-extinguisher scenario, its bots and golden runs for the root tests and the bench.
import * as bots from '../../../scenarios/fire-extinguisher/bots/expert.ts'
import { scenarioBundle } from './scenario-bundle.ts'

const bundle = scenarioBundle('fire-extinguisher', bots)

export const { scenarioDir, scenarioFile, startAttempt } = bundle
/** The scenario (validated), its segments, the expert's plan and its golden runs. */
export const loadFire = bundle.load
export type LoadedFire = Awaited<ReturnType<typeof loadFire>>
