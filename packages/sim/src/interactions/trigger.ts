import type { Hand } from '../actions/action.ts'
import type { SimContext } from '../core/context.ts'
import { nearestInReach } from './reach.ts'

function setFlag(ctx: SimContext, state: string, value: boolean): void {
  if (ctx.values.get(state) === value) return
  ctx.values.set(state, value)
  ctx.emit({ type: 'state-changed', id: state, value })
}

/** Trigger pressed: read a held instrument, use a held or touched usable, or flip a touched switch. */
export function pressTrigger(ctx: SimContext, hand: Hand): void {
  const state = ctx.hands[hand]
  const held = state.hold?.object
  if (held) {
    for (const interactable of ctx.index.interactablesOf(held)) {
      if (interactable.kind === 'instrument') {
        const readings = interactable.readings.map((reading) => ({
          id: reading.id,
          value: ctx.readings.get(reading.id) ?? 0,
          alarm: ctx.alarms.has(reading.id),
        }))
        ctx.emit({ type: 'instrument-read', instrument: interactable.id, readings })
        return
      }
      if (interactable.kind === 'usable') {
        if (interactable.sets) setFlag(ctx, interactable.sets, true)
        ctx.emit({ type: 'used', interactable: interactable.id, active: true })
        return
      }
    }
  }
  const touchable = ctx.scenario.interactables.filter((i) => i.kind === 'toggle' || i.kind === 'usable')
  const touched = nearestInReach(ctx, new Set(touchable.map((i) => i.object)), state.position)
  if (!touched) {
    ctx.emit({
      type: 'action-rejected',
      action: 'trigger',
      hand,
      reason: 'nothing-in-reach',
      detail: 'no switch, button or held tool to use',
    })
    return
  }
  for (const interactable of ctx.index.interactablesOf(touched)) {
    if (interactable.kind === 'toggle') {
      const value = ctx.values.get(interactable.state) !== true
      setFlag(ctx, interactable.state, value)
      ctx.emit({ type: 'toggled', interactable: interactable.id, state: interactable.state, value })
      return
    }
    if (interactable.kind === 'usable') {
      if (interactable.sets) setFlag(ctx, interactable.sets, true)
      ctx.emit({ type: 'used', interactable: interactable.id, active: true })
      return
    }
  }
}

/** Trigger released: a usable stops being used. */
export function releaseTrigger(ctx: SimContext, hand: Hand): void {
  const position = ctx.hands[hand].position
  const held = ctx.hands[hand].hold?.object
  for (const interactable of ctx.scenario.interactables) {
    if (interactable.kind !== 'usable' || ctx.values.get(interactable.sets ?? '') !== true) continue
    const near =
      held === interactable.object || nearestInReach(ctx, [interactable.object], position, 0.3) !== undefined
    if (!near) continue
    if (interactable.sets) setFlag(ctx, interactable.sets, false)
    ctx.emit({ type: 'used', interactable: interactable.id, active: false })
  }
}
