import type { SimContext } from '../core/context.ts'
import type { CaseRecord } from '../events/sim-event.ts'
import type { Random } from '../random/random.ts'
import type { Environment } from './environment.ts'
import { evaluateCondition } from './evaluate.ts'
import { assign } from './world-rules.ts'

/**
 * Everything random is drawn once, at start, into the case record: which faults this case has
 * (at most one per group) and the drawn values. Equal records give identical runs.
 */
export function drawCase(scenario: SimContext['scenario'], random: Random): CaseRecord {
  const faults: string[] = []
  const groupsTaken = new Set<string>()
  for (const fault of scenario.faults) {
    const draw = random.fork(`fault:${fault.id}`).next()
    if (draw >= fault.chance) continue
    if (fault.group !== undefined) {
      if (groupsTaken.has(fault.group)) continue
      groupsTaken.add(fault.group)
    }
    faults.push(fault.id)
  }
  const draws: Record<string, number> = {}
  for (const draw of scenario.randomness?.draws ?? []) {
    const min = draw.min
    const max = draw.max
    draws[draw.state] = min + (max - min) * random.fork(`draw:${draw.state}`).next()
  }
  return { faults, draws }
}

/** Drawn faults show themselves when their trigger holds; their effects apply once. */
export function createFaultRunner(ctx: SimContext, env: Environment): () => void {
  return () => {
    for (const fault of ctx.scenario.faults) {
      if (!ctx.faultsDrawn.has(fault.id) || ctx.faultsActive.has(fault.id)) continue
      const trigger = fault.trigger
      const due =
        'atStart' in trigger
          ? trigger.atStart
          : 'after' in trigger
            ? env.time >= trigger.after
            : evaluateCondition(trigger.when, env)
      if (!due) continue
      ctx.faultsActive.add(fault.id)
      ctx.emit({ type: 'fault-injected', id: fault.id })
      for (const effect of fault.effects) {
        if ('set' in effect) assign(ctx, env, effect.set)
        else if ('energize' in effect) ctx.energized.add(effect.energize)
      }
    }
  }
}
