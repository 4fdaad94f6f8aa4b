import type { Hand } from '../actions/action.ts'

export type Outcome = 'passed' | 'failed'

export interface CompetencyResult {
  id: string
  /** Weighted share of its evidence that was shown, 0…1. */
  score: number
  success: boolean
  /** Steps, hazards and critical errors this result rests on, with whether each was shown. */
  evidence: { kind: 'step' | 'hazard' | 'criticalError'; id: string; shown: boolean; weight: number }[]
}

/** Why an action did nothing. */
export type RejectionReason =
  | 'nothing-in-reach'
  | 'no-line-of-sight'
  | 'out-of-range'
  | 'hand-full'
  | 'not-held'
  | 'attach-out-of-tolerance'
  | 'attach-not-accepted'
  | 'attach-full'
  | 'needs-two-hands'
  | 'attempt-ended'
  | 'unknown-choice'
  /** A teleport to another level that no declared climb leads to from where the learner stands. */
  | 'no-way-there'
  /** A climb with fewer free hands than its three-points-of-contact rule asks. */
  | 'hands-full'

/**
 * Everything the core reports, as a discriminated union. Evidence, the UI and the recording
 * subscribe to this stream; the core calls none of them. `step` is the fixed step it happened at.
 */
export type SimEvent = { step: number } & (
  | {
      type: 'attempt-started'
      scenario: string
      seed: number
      mode: 'practice' | 'assessment'
      caseRecord: CaseRecord
    }
  | {
      type: 'attempt-ended'
      outcome: Outcome
      /** Scaled score 0…1. */
      score: number
      points: number
      maxPoints: number
      criticalErrors: string[]
      competencies: CompetencyResult[]
      feedback: string[]
      reason: 'procedure-complete' | 'critical-error' | 'finished-by-learner' | 'time-limit'
    }
  | { type: 'step-started'; id: string }
  | { type: 'step-completed'; id: string; inOrder: boolean; points: number }
  | { type: 'step-failed'; id: string; reason: 'precondition' | 'time-limit' | 'skipped' }
  | { type: 'hazard-live'; id: string }
  | { type: 'hazard-cleared'; id: string }
  | {
      type: 'hazard-exposed'
      id: string
      severity: 'minor' | 'serious' | 'fatal'
      outcome: 'warning' | 'injury' | 'fail'
      message: string | undefined
    }
  | { type: 'critical-error'; id: string; cause: { kind: 'hazard' | 'step' | 'condition'; id: string } }
  | { type: 'action-rejected'; action: string; hand?: Hand; reason: RejectionReason; detail: string }
  | { type: 'fault-injected'; id: string }
  | { type: 'state-changed'; id: string; value: number | boolean | string }
  | { type: 'energy-changed'; id: string; state: EnergyState }
  | { type: 'instrument-read'; instrument: string; readings: { id: string; value: number; alarm: boolean }[] }
  | { type: 'person-state'; id: string; state: string; say: string | undefined }
  | { type: 'hint'; id: string; message: string }
  | { type: 'sound'; id: string; playing: boolean; caption: string }
  | {
      type: 'grabbed'
      object: string
      /** The hand whose grip took it (for a two-handed object, the second hand to grip). */
      hand: Hand
      distance: boolean
      /** Only for an object that needs two hands: both hands now carry it. */
      hands?: readonly Hand[]
    }
  | {
      type: 'released'
      object: string
      /** The hand that let go (or slipped off). */
      hand: Hand
      /** Only for an object that needs two hands: both hands lost it, and it drops. */
      hands?: readonly Hand[]
      /** The hand moved more than reach from where it held a two-handed object, and slipped off. */
      slipped?: true
    }
  | { type: 'attached'; object: string; to: string }
  | { type: 'detached'; object: string; from: string }
  | { type: 'worn'; item: string; slot: string }
  | { type: 'removed'; item: string; slot: string }
  | { type: 'toggled'; interactable: string; state: string; value: boolean }
  | { type: 'used'; interactable: string; active: boolean }
  | {
      type: 'fell'
      /** How far the body dropped, m. */
      height: number
      /** With a scenario's `fallArrest`: a line stopped the body (false: it landed). */
      arrested?: boolean
      /** Drop of the harness point before a line took the load, m. */
      freeFall?: number
      /** Drop of the harness point from the line taking the load to the stop, m. */
      deceleration?: number
      /** Largest force on the body other than gravity, N. */
      peakForce?: number
      /** The connector that stopped the body. */
      connector?: string
      /** Anchorages that gave way under the load. */
      failedAnchors?: string[]
    }
)

export type SimEventType = SimEvent['type']

export type EnergyState = 'live' | 'isolated' | 'released'

/** What was drawn from the seed at start: equal records give identical runs. */
export interface CaseRecord {
  faults: string[]
  draws: Record<string, number>
}
