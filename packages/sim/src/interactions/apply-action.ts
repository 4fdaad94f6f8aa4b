import type { Action } from '../actions/action.ts'
import type { SimContext } from '../core/context.ts'
import { teleportLearner } from '../learner/climb.ts'
import { tryAttach } from './attach.ts'
import { grab, release } from './grab.ts'
import { pressTrigger, releaseTrigger } from './trigger.ts'
import { takeOff, tryWear } from './wear.ts'

/** Applies one action at the step it was queued for: poses move, button edges act on the world. */
export function applyAction(ctx: SimContext, action: Action): void {
  switch (action.type) {
    case 'head':
      ctx.learner.head.position = action.position
      ctx.learner.head.rotation = action.rotation
      return
    case 'hand':
      ctx.hands[action.hand].position = action.position
      ctx.hands[action.hand].rotation = action.rotation
      return
    case 'point':
      ctx.hands[action.hand].pointing = action.on
      return
    case 'teleport':
      teleportLearner(ctx, action.position)
      return
    case 'grip': {
      const hand = ctx.hands[action.hand]
      if (hand.grip === action.pressed) return
      hand.grip = action.pressed
      if (action.pressed) {
        if (!takeOffInstead(ctx, action.hand)) grab(ctx, action.hand)
        return
      }
      const object = release(ctx, action.hand)
      if (object && !tryAttach(ctx, object)) tryWear(ctx, object)
      return
    }
    case 'trigger': {
      const hand = ctx.hands[action.hand]
      if (hand.trigger === action.pressed) return
      hand.trigger = action.pressed
      if (action.pressed) pressTrigger(ctx, action.hand)
      else releaseTrigger(ctx, action.hand)
      return
    }
    case 'choose':
      ctx.emit({
        type: 'action-rejected',
        action: 'choose',
        reason: 'unknown-choice',
        detail: `no choice "${action.choice}" here`,
      })
      return
  }
}

/** A grip at a worn item's slot takes it off, unless something graspable is right there. */
function takeOffInstead(ctx: SimContext, hand: 'left' | 'right'): boolean {
  if (ctx.worn.size === 0) return false
  const item = takeOff(ctx, hand)
  if (!item) return false
  ctx.hands[hand].hold = {
    kind: 'free',
    object: item,
    offset: { x: 0, y: 0, z: 0 },
    rotationOffset: { x: 0, y: 0, z: 0, w: 1 },
    distance: false,
  }
  ctx.emit({ type: 'grabbed', object: item, hand, distance: false })
  return true
}
