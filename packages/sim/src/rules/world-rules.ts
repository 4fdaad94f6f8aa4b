import type { Scenario } from '@practicum/scenario'
import type { SimContext } from '../core/context.ts'
import type { EnergyState } from '../events/sim-event.ts'
import type { Environment } from './environment.ts'
import { evaluateCondition, evaluateNumber } from './evaluate.ts'

type Assignment = Scenario['rules'][number]['set'][number]

/** Sets a state variable from an assignment, reporting a change. */
export function assign(ctx: SimContext, env: Environment, assignment: Assignment): void {
  const value =
    assignment.to !== undefined
      ? evaluateNumber(assignment.to, env)
      : assignment.flag !== undefined
        ? evaluateCondition(assignment.flag, env)
        : assignment.value
  if (value === undefined || ctx.values.get(assignment.state) === value) return
  ctx.values.set(assignment.state, value)
  ctx.emit({ type: 'state-changed', id: assignment.state, value })
}

/** Rising-edge detector for conditions evaluated every step. */
export function createEdges(): (key: string, now: boolean) => boolean {
  const previous = new Map<string, boolean>()
  return (key, now) => {
    const was = previous.get(key) ?? false
    previous.set(key, now)
    return now && !was
  }
}

/** Energy sources: live unless isolated; released when their stored energy is, too. */
export function updateEnergy(ctx: SimContext, env: Environment): void {
  for (const source of ctx.scenario.energy) {
    let state: EnergyState = 'live'
    if (!ctx.energized.has(source.id) && evaluateCondition(source.isolatedWhen, env)) {
      state =
        source.releasedWhen !== undefined && evaluateCondition(source.releasedWhen, env)
          ? 'released'
          : 'isolated'
    }
    if (ctx.energy.get(source.id) === state) continue
    ctx.energy.set(source.id, state)
    ctx.emit({ type: 'energy-changed', id: source.id, state })
  }
}

/** Scenario rules: each fires when its condition becomes true (only once with `once`). */
export function createRuleRunner(ctx: SimContext, env: Environment): () => void {
  const rising = createEdges()
  const fired = new Set<string>()
  return () => {
    for (const rule of ctx.scenario.rules) {
      if (rule.once && fired.has(rule.id)) continue
      if (!rising(rule.id, evaluateCondition(rule.when, env))) continue
      fired.add(rule.id)
      for (const assignment of rule.set) assign(ctx, env, assignment)
    }
  }
}

/** Scripted people: each transition happens when its condition becomes true in its `from` state. */
export function createPeopleRunner(ctx: SimContext, env: Environment): () => void {
  const rising = createEdges()
  return () => {
    for (const person of ctx.scenario.people) {
      const current = ctx.people.get(person.id)
      if (!current) continue
      for (const [index, transition] of person.transitions.entries()) {
        const applies = transition.from === undefined || transition.from === current.state
        if (!rising(`${person.id}#${index}`, applies && evaluateCondition(transition.when, env))) continue
        current.state = transition.to
        if (transition.moveTo) {
          const zone = ctx.physics.zoneCollider(transition.moveTo)
          if (zone) current.position = zone.translation()
        }
        ctx.emit({ type: 'person-state', id: person.id, state: transition.to, say: transition.say })
        break
      }
    }
  }
}

/** Sounds start and stop with their condition; each carries its caption key. */
export function createSoundRunner(ctx: SimContext, env: Environment): () => void {
  const playing = new Set<string>()
  return () => {
    for (const sound of ctx.scenario.sounds) {
      const now = evaluateCondition(sound.playWhen, env)
      if (now === playing.has(sound.id)) continue
      if (now) playing.add(sound.id)
      else playing.delete(sound.id)
      ctx.emit({ type: 'sound', id: sound.id, playing: now, caption: sound.caption })
    }
  }
}

/**
 * Instrument readings, recomputed every step in scenario order; then their alarms, once every
 * reading is current (an alarm condition may read any reading).
 */
export function updateReadings(ctx: SimContext, env: Environment): void {
  for (const { reading } of ctx.index.readings())
    ctx.readings.set(reading.id, evaluateNumber(reading.value, env))
  for (const { reading } of ctx.index.readings()) {
    if (reading.alarmWhen !== undefined && evaluateCondition(reading.alarmWhen, env))
      ctx.alarms.add(reading.id)
    else ctx.alarms.delete(reading.id)
  }
}
