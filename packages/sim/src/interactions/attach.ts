import type { SimContext } from '../core/context.ts'
import { distance } from '../math/vector.ts'
import { defaultInteractionSettings } from './interaction-settings.ts'

/** The default of how close a let-go object must come to an attach point, m (a scenario may set its own). */
export const attachTolerance = defaultInteractionSettings.attachTolerance
/** Within this distance a miss is reported (the learner was clearly trying), m. */
const attachNotice = 0.3

/**
 * On release near an attach point that accepts the object: lock it on where it is, or say why
 * not. Returns true when the release was an attach attempt.
 */
export function tryAttach(ctx: SimContext, object: string): boolean {
  const body = ctx.physics.body(object)
  if (!body) return false
  let nearest: { id: string; target: string; capacity: number; gap: number } | undefined
  for (const interactable of ctx.scenario.interactables) {
    if (interactable.kind !== 'attachPoint' || !interactable.accepts.includes(object)) continue
    const target = ctx.physics.body(interactable.object)
    if (!target) continue
    const gap = distance(body.translation(), target.translation())
    if (!nearest || gap < nearest.gap)
      nearest = { id: interactable.id, target: interactable.object, capacity: interactable.capacity, gap }
  }
  if (!nearest || nearest.gap > attachNotice) return false
  const centimetres = (nearest.gap * 100).toFixed(1)
  const tolerance = ctx.interaction.attachTolerance
  if (nearest.gap > tolerance) {
    ctx.emit({
      type: 'action-rejected',
      action: 'grip',
      reason: 'attach-out-of-tolerance',
      detail: `${object} is ${centimetres} cm from ${nearest.id}; it locks on within ${Number((tolerance * 100).toPrecision(6))} cm`,
    })
    return true
  }
  const onPoint = ctx.attachments.get(nearest.id) ?? new Map()
  if (onPoint.size >= nearest.capacity) {
    ctx.emit({
      type: 'action-rejected',
      action: 'grip',
      reason: 'attach-full',
      detail: `${nearest.id} takes ${nearest.capacity}`,
    })
    return true
  }
  onPoint.set(object, ctx.physics.attach(object, nearest.target))
  ctx.attachments.set(nearest.id, onPoint)
  ctx.emit({ type: 'attached', object, to: nearest.id })
  return true
}

/** Taking an object that is locked on takes it off its point. */
export function detach(ctx: SimContext, object: string): void {
  for (const [point, objects] of ctx.attachments) {
    const joint = objects.get(object)
    if (!joint) continue
    ctx.physics.detach(joint)
    objects.delete(object)
    ctx.emit({ type: 'detached', object, from: point })
  }
}
