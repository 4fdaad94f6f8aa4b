import type { Scenario } from '@practicum/scenario'
import type { Action, TimedAction } from './actions/action.ts'
import { quantiseAction } from './actions/quantise.ts'
import type { SimContext } from './core/context.ts'
import { createEnvironment } from './core/environment.ts'
import { indexScenario } from './core/scenario-index.ts'
import { createFixedStepDriver, type AdvanceResult } from './driver/fixed-step-driver.ts'
import type { CaseRecord, Outcome, SimEvent } from './events/sim-event.ts'
import { applyAction } from './interactions/apply-action.ts'
import { driveHeld } from './interactions/grab.ts'
import { createHandState } from './interactions/hand-state.ts'
import { defaultInteractionSettings } from './interactions/interaction-settings.ts'
import { carryWorn } from './interactions/wear.ts'
import { createFallArrest } from './learner/fall-arrest.ts'
import { createLearnerBody } from './learner/learner-body.ts'
import { createPhysicsWorld } from './physics/physics-world.ts'
import type { Rapier } from './physics/rapier.ts'
import { createRandom } from './random/random.ts'
import { createChecksum, poseHashInterval } from './recording/checksum.ts'
import { physicsPackage, type Recording } from './recording/recording.ts'
import { encodeActions, toBase64 } from './recording/action-codec.ts'
import { createCriticalErrors } from './rules/critical-errors.ts'
import { createFaultRunner, drawCase } from './rules/faults.ts'
import { createHazardTracker } from './rules/hazards.ts'
import { createProcedureTracker } from './rules/procedure.ts'
import { assess } from './rules/scoring.ts'
import { createRateRunner } from './rules/state-rates.ts'
import {
  createPeopleRunner,
  createRuleRunner,
  createSoundRunner,
  updateEnergy,
  updateReadings,
} from './rules/world-rules.ts'
import { sceneSpecOf } from './scene-of-scenario.ts'
import { readParameters } from './parameters.ts'
import { simVersion } from './version.ts'
import type { MeshData } from './physics/scene-spec.ts'

export interface SimOptions {
  /** The Rapier module, initialised (`await RAPIER.init()`): the core never loads its own. */
  rapier: Rapier
  /** A validated scenario (from @practicum/scenario). */
  scenario: Scenario
  /** @defaultValue 1 */
  seed?: number
  /** @defaultValue the scenario's first mode */
  mode?: 'practice' | 'assessment'
  /** Launch overrides of the scenario's parameters, in SI units. */
  parameters?: Readonly<Record<string, number>>
  /** The learner plays seated: the scenario's seated offset is added to head and hand heights. */
  seated?: boolean
  /** The scenario's content hash, recorded so a replay can name what it ran. */
  contentHash?: string
  /** Triangle meshes of the glTF assets that `model` shapes use. */
  meshes?: ReadonlyMap<string, MeshData>
  /**
   * Fixed steps per real-time step in `advance` (tests and review run faster).
   * @defaultValue 1
   */
  speed?: number
}

export type SimListener = (event: SimEvent) => void

export interface BodyPose {
  id: string
  position: { x: number; y: number; z: number }
  rotation: { x: number; y: number; z: number; w: number }
}

/** A running attempt. Actions in (`dispatch`), events out (`subscribe`), time only by fixed steps. */
export interface Sim {
  readonly scenario: Scenario
  readonly seed: number
  readonly mode: 'practice' | 'assessment'
  readonly caseRecord: CaseRecord
  readonly dt: number
  /** Fixed steps per real-time step in `advance` (the `speed` option): a driver's time scale. */
  readonly speed: number
  /** Steps taken so far. */
  readonly stepIndex: number
  readonly ended: boolean
  readonly outcome: Outcome | undefined
  /** Queues an action for the next step (quantised now, recorded as consumed). */
  dispatch(action: Action): void
  /** Takes one fixed step. */
  step(): void
  /** Spends a frame's elapsed seconds in fixed steps; `alpha` interpolates rendered poses. */
  advance(elapsedSeconds: number): AdvanceResult
  /** Every event from now on; returns the unsubscribe function. A throwing listener changes nothing. */
  subscribe(listener: SimListener): () => void
  /** Every event so far. */
  events(): readonly SimEvent[]
  /** The learner asks to finish: the attempt ends and is assessed as it stands. */
  finish(): void
  poses(): BodyPose[]
  recording(): Recording
  checksum(): string
  /** The live world, for the designers' debug view (`world.debugRender()`) and tests. */
  readonly context: SimContext
  dispose(): void
}

export function createSim(options: SimOptions): Sim {
  const { rapier, scenario } = options
  const seed = options.seed ?? 1
  const mode = options.mode ?? scenario.modes[0] ?? 'practice'
  const params = readParameters(scenario, options.parameters ?? {})
  const random = createRandom(seed)
  const caseRecord = drawCase(scenario, random)
  const physics = createPhysicsWorld(rapier, sceneSpecOf(scenario, options.meshes))
  const start = scenario.learner.start.position
  const learner = createLearnerBody(rapier, physics.world, {
    height: scenario.learner.height,
    radius: scenario.learner.radius,
    seatedOffset: scenario.learner.seatedOffset,
    start: { x: start[0], y: start[1], z: start[2] },
  })
  physics.registerOwner(learner.collider, 'learner')
  const handStart = (side: number) => ({
    x: start[0] + side * 0.25,
    y: start[1] + scenario.learner.height - 0.5,
    z: start[2] - 0.2,
  })

  const log: SimEvent[] = []
  const listeners = new Set<SimListener>()
  const checksum = createChecksum()
  const pending: Action[] = []
  const consumed: TimedAction[] = []

  const ctx: SimContext = {
    rapier,
    scenario,
    index: indexScenario(scenario),
    physics,
    learner,
    hands: { left: createHandState('left', handStart(-1)), right: createHandState('right', handStart(1)) },
    interaction: scenario.interaction ?? defaultInteractionSettings,
    mode,
    seated: options.seated ?? false,
    dt: scenario.physics.timeStep,
    params,
    step: 0,
    ended: false,
    values: new Map(scenario.state.map((variable) => [variable.id, variable.initial])),
    energy: new Map(),
    energized: new Set(),
    faultsDrawn: new Set(caseRecord.faults),
    faultsActive: new Set(),
    stepsDoneAt: new Map(),
    hazardsLive: new Set(),
    people: new Map(
      scenario.people.map((person) => {
        const [x, y, z] = person.transform.position
        return [person.id, { state: person.initial, position: { x, y, z } }]
      }),
    ),
    attachments: new Map(),
    worn: new Map(),
    readings: new Map(),
    alarms: new Set(),
    criticalErrors: [],
    emit(event) {
      const full = { step: ctx.step, ...event } as SimEvent
      log.push(full)
      checksum.addEvent(full)
      for (const listener of listeners) {
        try {
          listener(full)
        } catch {
          // A subscriber's failure is its own: the simulation goes on unchanged.
        }
      }
    },
  }
  for (const [state, value] of Object.entries(caseRecord.draws)) ctx.values.set(state, value)
  // What is locked on at the start (another worker's lock) is held there by a joint, like the learner's.
  for (const point of scenario.interactables) {
    if (point.kind !== 'attachPoint') continue
    for (const object of point.attached) {
      const onPoint = ctx.attachments.get(point.id) ?? new Map()
      onPoint.set(object, physics.attach(object, point.object))
      ctx.attachments.set(point.id, onPoint)
    }
  }

  const env = createEnvironment(ctx)
  let failedByHazard = false
  let outcome: Outcome | undefined
  let endReason: 'procedure-complete' | 'critical-error' | 'finished-by-learner' = 'procedure-complete'
  const critical = createCriticalErrors(ctx, env, () => end('critical-error'))
  const procedure = createProcedureTracker(ctx, env, critical)
  const hazards = createHazardTracker(ctx, env, critical, () => {
    failedByHazard = true
    end('critical-error')
  })
  const runFaults = createFaultRunner(ctx, env)
  const runRules = createRuleRunner(ctx, env)
  const runPeople = createPeopleRunner(ctx, env)
  const runSounds = createSoundRunner(ctx, env)
  const fallArrest = scenario.fallArrest ? createFallArrest(ctx, env, scenario.fallArrest) : undefined
  const runRates = createRateRunner(ctx, env)

  function end(reason: typeof endReason): void {
    if (ctx.ended) return
    endReason = reason
    ctx.ended = true
    procedure.finish(reason === 'critical-error')
    const { earned, max } = procedure.points()
    const result = assess(
      ctx,
      env,
      { results: procedure.results(), earned, max },
      hazards.exposures(),
      failedByHazard,
    )
    outcome = result.outcome
    ctx.emit({
      type: 'attempt-ended',
      outcome: result.outcome,
      score: result.score,
      points: result.points,
      maxPoints: result.maxPoints,
      criticalErrors: [...ctx.criticalErrors],
      competencies: result.competencies,
      feedback: result.feedback,
      reason: endReason,
    })
  }

  function poseBuffer(): Float64Array {
    const buffer = new Float64Array(physics.bodyIds.length * 7 + 7)
    let offset = 0
    const write = (
      p: { x: number; y: number; z: number },
      q: { x: number; y: number; z: number; w: number },
    ) => {
      buffer.set([p.x, p.y, p.z, q.x, q.y, q.z, q.w], offset)
      offset += 7
    }
    for (const id of physics.bodyIds) {
      const body = physics.body(id)!
      write(body.translation(), body.rotation())
    }
    write(learner.center(), { x: 0, y: 0, z: 0, w: 1 })
    return buffer
  }

  function step(): void {
    if (ctx.ended) return
    if (!announced) {
      announced = true
      ctx.emit({ type: 'attempt-started', scenario: scenario.id, seed, mode, caseRecord })
    }
    const actions = pending.splice(0)
    for (const action of actions) {
      consumed.push({ step: ctx.step, action })
      if (action.type === 'choose' && action.choice === 'finish') {
        end('finished-by-learner')
        return
      }
      if (action.type === 'choose' && action.choice === 'hint') procedure.hint()
      else applyAction(ctx, ctx.seated ? raiseSeated(action, scenario.learner.seatedOffset) : action)
    }
    driveHeld(ctx)
    physics.beginStep()
    const fall = learner.step(ctx.dt, scenario.physics.gravity)
    fallArrest?.beforeWorldStep()
    const impacts = physics.step()
    carryWorn(ctx)
    ctx.step++
    if (fall !== undefined) ctx.emit({ type: 'fell', height: fall })
    const caught = fallArrest?.afterWorldStep()
    runFaults()
    runRates()
    updateReadings(ctx, env)
    updateEnergy(ctx, env)
    runRules()
    runPeople()
    hazards.update(impacts, fall ?? caught)
    if (!ctx.ended) critical.update()
    if (!ctx.ended) procedure.update()
    runSounds()
    if (ctx.step % poseHashInterval === 0) checksum.addPoses(ctx.step, poseBuffer())
    if (!ctx.ended && procedure.complete()) end('procedure-complete')
  }

  const driver = createFixedStepDriver({ dt: ctx.dt, speed: options.speed ?? 1 })
  // Announced by the first step, not here, so that subscribers attached after createSim hear it.
  let announced = false

  return {
    scenario,
    seed,
    mode,
    caseRecord,
    dt: ctx.dt,
    speed: options.speed ?? 1,
    get stepIndex() {
      return ctx.step
    },
    get ended() {
      return ctx.ended
    },
    get outcome() {
      return outcome
    },
    dispatch(action) {
      if (ctx.ended) return
      const quantised = quantiseAction(action)
      pending.push(quantised)
    },
    step,
    advance: (elapsed) => driver.advance(elapsed, step),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    events: () => log,
    finish() {
      pending.push({ type: 'choose', choice: 'finish' })
      step()
    },
    poses: () =>
      physics.bodyIds.map((id) => {
        const body = physics.body(id)!
        return { id, position: body.translation(), rotation: body.rotation() }
      }),
    recording: () => ({
      format: 'practicum-recording',
      formatVersion: 1,
      sim: { version: simVersion },
      physics: { package: physicsPackage, version: rapier.version() },
      scenario: { id: scenario.id, contentHash: options.contentHash ?? '' },
      parameters: Object.fromEntries(params),
      seed,
      mode,
      seated: ctx.seated,
      caseRecord,
      steps: ctx.step,
      actions: toBase64(encodeActions(consumed)),
      result: { outcome, score: scoreOf(log), criticalErrors: [...ctx.criticalErrors] },
      checksum: checksum.digest(),
    }),
    checksum: () => checksum.digest(),
    context: ctx,
    dispose: () => physics.dispose(),
  }
}

function scoreOf(log: readonly SimEvent[]): number | undefined {
  const ended = log.find((event) => event.type === 'attempt-ended')
  return ended?.type === 'attempt-ended' ? ended.score : undefined
}

/** Seated play: the head and hands are raised by the scenario's seated offset (the recording keeps the raw pose). */
function raiseSeated(action: Action, offset: number): Action {
  if (action.type === 'head' || action.type === 'hand') {
    return { ...action, position: { ...action.position, y: action.position.y + offset } }
  }
  return action
}
