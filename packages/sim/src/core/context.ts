import type { Scenario } from '@practicum/scenario'
import type { Hand } from '../actions/action.ts'
import type { EnergyState, SimEvent } from '../events/sim-event.ts'
import type { HandState } from '../interactions/hand-state.ts'
import type { InteractionSettings } from '../interactions/interaction-settings.ts'
import type { LearnerBody } from '../learner/learner-body.ts'
import type { PhysicsWorld } from '../physics/physics-world.ts'
import type { ImpulseJoint, Rapier } from '../physics/rapier.ts'
import type { ScenarioIndex } from './scenario-index.ts'

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
export type EventBody = DistributiveOmit<SimEvent, 'step'>

/** The running attempt: everything the rules read and change. Internal to the core. */
export interface SimContext {
  readonly rapier: Rapier
  readonly scenario: Scenario
  readonly index: ScenarioIndex
  readonly physics: PhysicsWorld
  readonly learner: LearnerBody
  readonly hands: Record<Hand, HandState>
  readonly interaction: InteractionSettings
  readonly mode: 'practice' | 'assessment'
  readonly seated: boolean
  readonly dt: number
  readonly params: ReadonlyMap<string, number>
  step: number
  ended: boolean
  values: Map<string, number | boolean | string>
  energy: Map<string, EnergyState>
  energized: Set<string>
  faultsDrawn: Set<string>
  faultsActive: Set<string>
  stepsDoneAt: Map<string, number>
  hazardsLive: Set<string>
  people: Map<string, { state: string; position: { x: number; y: number; z: number } }>
  /** Attach point (interactable id) → objects on it, each with the joint that holds it. */
  attachments: Map<string, Map<string, ImpulseJoint>>
  /** Worn item (object id) → its slot. */
  worn: Map<string, string>
  readings: Map<string, number>
  /** Readings whose `alarmWhen` holds now (the instrument alarms while they do). */
  alarms: Set<string>
  criticalErrors: string[]
  emit(event: EventBody): void
}
