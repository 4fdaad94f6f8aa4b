import type { Hand } from '../actions/action.ts'
import type { SimContext } from '../core/context.ts'
import { distance, type Vec3 } from '../math/vector.ts'

const headSlots = new Set(['head', 'eyes', 'ears', 'face', 'respiratory'])
/** How close to its slot (the head, or the body's centre) an item must be let go to be put on, m. */
export const wearReach = { head: 0.3, body: 0.6 }

function slotAnchor(ctx: SimContext, slot: string): { at: Vec3; reach: number } {
  return headSlots.has(slot)
    ? { at: ctx.learner.head.position, reach: wearReach.head }
    : { at: ctx.learner.center(), reach: wearReach.body }
}

function wearableOf(ctx: SimContext, object: string) {
  return ctx.index.interactablesOf(object).find((i) => i.kind === 'wearable')
}

/** On release of a wearable close to its slot: put it on. Returns true when it was put on. */
export function tryWear(ctx: SimContext, object: string): boolean {
  const wearable = wearableOf(ctx, object)
  if (wearable?.kind !== 'wearable') return false
  const body = ctx.physics.body(object)
  if (!body) return false
  const { at, reach } = slotAnchor(ctx, wearable.slot)
  if (distance(body.translation(), at) > reach) return false
  if ([...ctx.worn.values()].includes(wearable.slot)) return false
  ctx.worn.set(object, wearable.slot)
  body.setEnabled(false)
  ctx.emit({ type: 'worn', item: object, slot: wearable.slot })
  return true
}

/**
 * Grip with an empty hand at a slot where something is worn: take it off, into the hand. Of items
 * worn at the same place, the last put on comes off first (a lanyard's hook parked on the harness
 * before the harness).
 */
export function takeOff(ctx: SimContext, hand: Hand): string | undefined {
  const position = ctx.hands[hand].position
  for (const [item, slot] of [...ctx.worn].reverse()) {
    const { at } = slotAnchor(ctx, slot)
    if (distance(position, at) > wearReach.head) continue
    ctx.worn.delete(item)
    const body = ctx.physics.body(item)!
    body.setEnabled(true)
    body.setTranslation(position, true)
    body.setLinvel({ x: 0, y: 0, z: 0 }, true)
    ctx.emit({ type: 'removed', item, slot })
    return item
  }
  return undefined
}

/** Worn items ride with the learner (for the renderer; their bodies are disabled). */
export function carryWorn(ctx: SimContext): void {
  for (const [item, slot] of ctx.worn) ctx.physics.body(item)?.setTranslation(slotAnchor(ctx, slot).at, false)
}
