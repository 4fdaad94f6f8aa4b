import type { Scenario } from '@practicum/scenario'
import type { SimEvent } from '../events/sim-event.ts'
import type { MeshData } from '../physics/scene-spec.ts'
import type { Rapier } from '../physics/rapier.ts'
import { createSim } from '../sim.ts'
import { simVersion } from '../version.ts'
import { physicsPackage, recordedActions, type Recording } from './recording.ts'

export type ReplayResult =
  | { status: 'verified'; checksum: string; events: readonly SimEvent[] }
  /** The actions, replayed, give another result: the recording was altered or is not of this scenario's run. */
  | { status: 'mismatch'; reason: string; checksum: string; events: readonly SimEvent[] }
  /** Made under another core, physics build or scenario: nothing can be said either way. */
  | { status: 'cannot-verify'; reason: string }

export interface ReplayOptions {
  rapier: Rapier
  scenario: Scenario
  recording: Recording
  /** The scenario's content hash; when given, it must be the one recorded. */
  contentHash?: string
  meshes?: ReadonlyMap<string, MeshData>
}

function cannotVerify(options: ReplayOptions): string | undefined {
  const { recording, rapier, scenario } = options
  if (recording.format !== 'practicum-recording' || recording.formatVersion !== 1)
    return 'cannot verify: not a Practicum recording (format 1)'
  if (recording.sim.version !== simVersion)
    return `cannot verify: recorded with @practicum/sim ${recording.sim.version}, this is ${simVersion}`
  if (recording.physics.package !== physicsPackage || recording.physics.version !== rapier.version()) {
    return `cannot verify: recorded with ${recording.physics.package} ${recording.physics.version}, this is ${physicsPackage} ${rapier.version()}`
  }
  if (recording.scenario.id !== scenario.id)
    return `cannot verify: recorded on scenario "${recording.scenario.id}", not "${scenario.id}"`
  if (
    options.contentHash &&
    recording.scenario.contentHash &&
    options.contentHash !== recording.scenario.contentHash
  ) {
    return `cannot verify: recorded on another version of "${scenario.id}" (content hash ${recording.scenario.contentHash.slice(0, 12)}…, this is ${options.contentHash.slice(0, 12)}…)`
  }
  return undefined
}

/** Replays a recording's actions at their steps and checks that they give the recorded checksum. */
export function replay(options: ReplayOptions): ReplayResult {
  const reason = cannotVerify(options)
  if (reason) return { status: 'cannot-verify', reason }
  const { recording } = options
  let actions
  try {
    actions = recordedActions(recording)
  } catch (error) {
    return {
      status: 'cannot-verify',
      reason: `cannot verify: the recorded actions are unreadable (${(error as Error).message})`,
    }
  }
  const sim = createSim({
    rapier: options.rapier,
    scenario: options.scenario,
    seed: recording.seed,
    mode: recording.mode,
    parameters: recording.parameters,
    seated: recording.seated,
    ...(options.contentHash ? { contentHash: options.contentHash } : {}),
    ...(options.meshes ? { meshes: options.meshes } : {}),
  })
  try {
    let next = 0
    while (sim.stepIndex < recording.steps && !sim.ended) {
      while (next < actions.length && actions[next]!.step === sim.stepIndex)
        sim.dispatch(actions[next++]!.action)
      sim.step()
    }
    const checksum = sim.checksum()
    const events = sim.events()
    if (checksum === recording.checksum) return { status: 'verified', checksum, events }
    return {
      status: 'mismatch',
      reason: `the recorded actions do not give the recorded result: checksum ${checksum.slice(0, 16)}… ≠ recorded ${recording.checksum.slice(0, 16)}…`,
      checksum,
      events,
    }
  } finally {
    sim.dispose()
  }
}
