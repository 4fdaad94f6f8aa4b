import type { TimedAction } from '../actions/action.ts'
import type { CaseRecord, Outcome } from '../events/sim-event.ts'
import { decodeActions, fromBase64 } from './action-codec.ts'

/**
 * An attempt's recording: enough to replay it anywhere and check that the recorded actions really
 * give the recorded result. Plain JSON.
 */
export interface Recording {
  format: 'practicum-recording'
  formatVersion: 1
  sim: { version: string }
  physics: { package: string; version: string }
  scenario: { id: string; contentHash: string }
  parameters: Record<string, number>
  seed: number
  mode: 'practice' | 'assessment'
  seated: boolean
  caseRecord: CaseRecord
  /** Steps the attempt ran. */
  steps: number
  /**
   * Every action the core consumed, quantised, with the step it applied at: base64 of the compact
   * encoding of `encodeActions` (read it with `recordedActions`).
   */
  actions: string
  result: { outcome: Outcome | undefined; score: number | undefined; criticalErrors: string[] }
  checksum: string
}

export const physicsPackage = '@dimforge/rapier3d-deterministic-compat'

/** The actions of a recording, decoded. */
export function recordedActions(recording: Recording): TimedAction[] {
  return decodeActions(fromBase64(recording.actions))
}
