import type { SimContext } from '../core/context.ts'
import type { Environment } from './environment.ts'
import { evaluateNumber } from './evaluate.ts'

/**
 * Number variables with a `rate` change by rate × dt every step, within their `min` and `max`:
 * a fire that grows unless it is fought, an extinguisher that empties while it discharges. Rates
 * are all evaluated before any variable moves, so their order in the file does not matter. They
 * change silently (no state-changed event per step); rules, readings and the renderer read them.
 */
export function createRateRunner(ctx: SimContext, env: Environment): () => void {
  const rated = ctx.scenario.state.flatMap((variable) =>
    variable.type === 'number' && variable.rate !== undefined ? [{ ...variable, rate: variable.rate }] : [],
  )
  const rates = new Float64Array(rated.length)
  return () => {
    for (let i = 0; i < rated.length; i++) rates[i] = evaluateNumber(rated[i]!.rate, env)
    for (let i = 0; i < rated.length; i++) {
      const variable = rated[i]!
      const current = ctx.values.get(variable.id)
      let next = (typeof current === 'number' ? current : 0) + rates[i]! * ctx.dt
      if (variable.min !== undefined && next < variable.min) next = variable.min
      if (variable.max !== undefined && next > variable.max) next = variable.max
      ctx.values.set(variable.id, next)
    }
  }
}
