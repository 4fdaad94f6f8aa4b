import type { Object3D } from 'three'
import type { NumberExpression } from '@practicum/scenario'
import { createEnvironment, evaluateNumber, type Sim } from '@practicum/sim'

/** The name of the group inside each object's node that carries its shape (and its drawn scale). */
export const shapeGroupName = 'practicum-shape'

interface Entry {
  readonly shape: Object3D
  readonly scale: NumberExpression
  readonly base: readonly [number, number, number]
}

/**
 * Draws objects as their `appearance` says: each `scale` expression is evaluated with the core's
 * own evaluator over the core's live state (one source of truth: no rule here), and the object's
 * shape is scaled by it, hidden at or below 0. Frame code: it allocates nothing itself (an
 * expression with `min`/`max` lists does in the evaluator, as it does in the core).
 */
export interface AppearanceSync {
  /** Reads the state again; call it after the core stepped (rated values change without events). */
  update(): void
  /** How many objects it draws from the state. */
  readonly count: number
}

/** Binds each object of `objects` (by scenario object id) that has an appearance scale. */
export function createAppearanceSync(sim: Sim, objects: ReadonlyMap<string, Object3D>): AppearanceSync {
  // A view of the core's state of its own: the renderer reads, never steps the core's `approach`.
  const env = createEnvironment(sim.context)
  const entries: Entry[] = []
  for (const object of sim.scenario.objects) {
    const scale = object.appearance?.scale
    const shape = objects.get(object.id)?.getObjectByName(shapeGroupName)
    if (scale === undefined || !shape) continue
    entries.push({ shape, scale, base: object.transform.scale })
  }
  const update = () => {
    for (const entry of entries) {
      const factor = evaluateNumber(entry.scale, env)
      entry.shape.visible = factor > 0
      if (factor > 0)
        entry.shape.scale.set(entry.base[0] * factor, entry.base[1] * factor, entry.base[2] * factor)
    }
  }
  update()
  return { update, count: entries.length }
}
