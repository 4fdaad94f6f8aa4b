import type { Scenario } from '@practicum/scenario'
import type { SimContext } from '../core/context.ts'
import type { Environment } from './environment.ts'
import { evaluateCondition } from './evaluate.ts'
import { availableSteps, isComplete, stepsBefore } from './flow.ts'
import type { CriticalErrors } from './critical-errors.ts'

type Step = Scenario['procedure']['steps'][number]

/** Seconds a step may stay available before practice mode offers its hint. */
export const hintDelay = 30

/** How a step went; `not-taken`: it lies on an alternative of a `oneOf` the learner did not take. */
export type StepResult = 'correct' | 'slip' | 'failed' | 'skipped' | 'not-taken' | 'pending'

/** Follows the procedure step by step: availability, completion, order, preconditions, time limits, hints. */
export interface ProcedureTracker {
  update(): void
  /** Practice mode: the hint of the first available step that has one. */
  hint(): void
  complete(): boolean
  results(): Map<string, StepResult>
  points(): { earned: number; max: number }
  /**
   * At the end of the attempt, steps never done are skipped; a skipped critical step is its
   * critical error unless the attempt was already cut short by another one.
   */
  finish(cutShort: boolean): void
}

export function createProcedureTracker(
  ctx: SimContext,
  env: Environment,
  critical: CriticalErrors,
): ProcedureTracker {
  const { steps, flow } = ctx.scenario.procedure
  const results = new Map<string, StepResult>(steps.map((step) => [step.id, 'pending']))
  const availableSince = new Map<string, number>()
  const hinted = new Set<string>()
  const timedOut = new Set<string>()
  const done = (id: string) => ctx.stepsDoneAt.has(id)

  function missCritical(id: string, reason: 'skipped' | 'time-limit' | 'precondition'): void {
    const step = steps.find((candidate) => candidate.id === id)
    if (!step?.critical) return
    critical.commit(critical.forStep(id), { kind: 'step', id })
    if (reason === 'skipped') results.set(id, 'skipped')
  }

  function giveHint(id: string): boolean {
    const step = steps.find((candidate) => candidate.id === id)
    if (!step?.hint || hinted.has(id) || ctx.mode !== 'practice') return false
    hinted.add(id)
    ctx.emit({ type: 'hint', id, message: step.hint })
    return true
  }

  function start(id: string): void {
    if (availableSince.has(id)) return
    availableSince.set(id, env.time)
    ctx.emit({ type: 'step-started', id })
  }

  function completeStep(step: Step, inOrder: boolean): void {
    ctx.stepsDoneAt.set(step.id, env.time)
    const preconditionsHold = step.requires === undefined || evaluateCondition(step.requires, env)
    results.set(step.id, inOrder && preconditionsHold ? 'correct' : 'slip')
    if (!preconditionsHold) ctx.emit({ type: 'step-failed', id: step.id, reason: 'precondition' })
    ctx.emit({
      type: 'step-completed',
      id: step.id,
      inOrder,
      points: inOrder && preconditionsHold ? step.points : 0,
    })
    // What doing this step reveals comes after it: critical steps it skipped, or its own
    // broken precondition. Either ends the attempt, so nothing follows attempt-ended.
    if (!inOrder)
      for (const earlier of stepsBefore(flow, step.id)) if (!done(earlier)) missCritical(earlier, 'skipped')
    if (!preconditionsHold) missCritical(step.id, 'precondition')
  }

  // Reused every core step (the procedure is judged each step; nothing is allocated for it).
  const early: Step[] = []

  const settled = (id: string) => {
    const result = results.get(id)
    return done(id) || result === 'skipped' || result === 'not-taken'
  }

  return {
    update() {
      const { available, skipped } = availableSteps(flow, done)
      for (const id of skipped) if (results.get(id) === 'pending') results.set(id, 'not-taken')
      // Done but not yet available: one action may finish a step and, at the same core step, the
      // one it opens (out of a space straight into the attendant post). Judged after the others.
      early.length = 0
      let progressed = false
      for (const step of steps) {
        if (ctx.ended) return
        if (settled(step.id)) continue
        const isAvailable = available.has(step.id)
        if (isAvailable) start(step.id)
        if (evaluateCondition(step.doneWhen, env)) {
          if (isAvailable) {
            completeStep(step, true)
            progressed = true
          } else early.push(step)
          continue
        }
        const since = availableSince.get(step.id)
        if (isAvailable && since !== undefined) {
          if (step.timeLimit !== undefined && env.time - since > step.timeLimit && !timedOut.has(step.id)) {
            timedOut.add(step.id)
            results.set(step.id, 'failed')
            ctx.emit({ type: 'step-failed', id: step.id, reason: 'time-limit' })
            missCritical(step.id, 'time-limit')
          }
          if (env.time - since >= hintDelay) giveHint(step.id)
        }
      }
      while (progressed && early.length > 0 && !ctx.ended) {
        progressed = false
        const now = availableSteps(flow, done).available
        for (const step of early.filter((candidate) => now.has(candidate.id))) {
          early.splice(early.indexOf(step), 1)
          start(step.id)
          completeStep(step, true)
          progressed = true
        }
      }
      for (const step of early) {
        if (ctx.ended) return
        if (!settled(step.id)) completeStep(step, false)
      }
    },
    hint() {
      const { available } = availableSteps(flow, done)
      for (const step of steps) if (available.has(step.id) && giveHint(step.id)) return
    },
    complete: () => isComplete(flow, done),
    results: () => results,
    points() {
      const alternativesNotTaken = availableSteps(flow, done).skipped
      let earned = 0
      let max = 0
      for (const step of steps) {
        if (alternativesNotTaken.has(step.id)) continue
        max += step.points
        if (results.get(step.id) === 'correct') earned += step.points
      }
      return { earned, max }
    },
    finish(cutShort) {
      const alternativesNotTaken = availableSteps(flow, done).skipped
      for (const id of alternativesNotTaken) if (results.get(id) === 'pending') results.set(id, 'not-taken')
      for (const step of steps) {
        if (done(step.id) || alternativesNotTaken.has(step.id) || results.get(step.id) !== 'pending') continue
        results.set(step.id, 'skipped')
        ctx.emit({ type: 'step-failed', id: step.id, reason: 'skipped' })
        if (!cutShort) missCritical(step.id, 'skipped')
      }
    },
  }
}
