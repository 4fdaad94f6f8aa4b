import type { Hand } from '../actions/action.ts'
import { subjectPosition } from '../core/environment.ts'
import { teleportRefusal } from '../learner/climb.ts'
import { atan2 } from '../math/scalar.ts'
import { fromAxisAngle, multiply, type Quat } from '../math/quaternion.ts'
import { add, length, scale, sub, type Vec3 } from '../math/vector.ts'
import type { Sim } from '../sim.ts'
import type { BotCommand } from './bot-command.ts'

export const defaultSpeeds = { walk: 1.2, hand: 1, turn: 1.5 }

export interface BotRunOptions {
  /** Stop after this many simulated seconds even if the attempt has not ended. @defaultValue 600 */
  maxSeconds?: number
  /** After the last command, keep stepping this long for the attempt to end. @defaultValue 2 */
  settleSeconds?: number
}

const vec = (p: readonly [number, number, number]): Vec3 => ({ x: p[0], y: p[1], z: p[2] })

/**
 * Runs a scripted learner against a live attempt, one fixed step at a time: each command turns
 * into the head, hand, grip and trigger actions a learner would produce at human speeds.
 */
export function runBot(sim: Sim, commands: readonly BotCommand[], options: BotRunOptions = {}): void {
  const maxSteps = Math.round((options.maxSeconds ?? 600) / sim.dt)
  const ctx = sim.context
  const head = { ...ctx.learner.head.position }
  let headRotation = ctx.learner.head.rotation
  const hands: Record<Hand, { position: Vec3; rotation: Quat }> = {
    left: { position: { ...ctx.hands.left.position }, rotation: ctx.hands.left.rotation },
    right: { position: { ...ctx.hands.right.position }, rotation: ctx.hands.right.rotation },
  }
  const tick = (): boolean => {
    if (sim.ended || sim.stepIndex >= maxSteps) return false
    sim.step()
    return true
  }
  const sendHand = (hand: Hand) => sim.dispatch({ type: 'hand', hand, ...hands[hand] })
  const targetOf = (to: readonly [number, number, number] | string): Vec3 =>
    typeof to === 'string' ? subjectPosition(ctx, to) : vec(to)

  /** Moves `current` towards a target at `speed`, one step at a time, sending each pose. */
  const moveTowards = (current: Vec3, target: () => Vec3, speed: number, send: () => void): void => {
    for (;;) {
      const goal = target()
      const gap = sub(goal, current)
      const remaining = length(gap)
      const stride = speed * sim.dt
      const next = remaining <= stride ? goal : add(current, scale(gap, stride / remaining))
      current.x = next.x
      current.y = next.y
      current.z = next.z
      send()
      if (!tick() || remaining <= stride) return
    }
  }

  for (const command of commands) {
    if (sim.ended) return
    if ('walkTo' in command) {
      const goal = vec(command.walkTo)
      const start = { ...head }
      const carried = (['left', 'right'] as const).map((hand) => ({
        hand,
        offset: sub(hands[hand].position, start),
      }))
      moveTowards(
        head,
        () => ({ x: goal.x, y: head.y, z: goal.z }),
        command.speed ?? defaultSpeeds.walk,
        () => {
          sim.dispatch({ type: 'head', position: { ...head }, rotation: headRotation })
          for (const { hand, offset } of carried) {
            hands[hand].position = add(head, offset)
            sendHand(hand)
          }
        },
      )
    } else if ('reach' in command) {
      const { hand, to, offset } = command.reach
      const extra = offset ? vec(offset) : { x: 0, y: 0, z: 0 }
      moveTowards(
        hands[hand].position,
        () => add(targetOf(to), extra),
        command.speed ?? defaultSpeeds.hand,
        () => sendHand(hand),
      )
    } else if ('move' in command) {
      const { hands: moved, by } = command.move
      const travelled = { x: 0, y: 0, z: 0 }
      const starts = moved.map((hand) => ({ hand, start: { ...hands[hand].position } }))
      moveTowards(
        travelled,
        () => vec(by),
        command.speed ?? defaultSpeeds.hand,
        () => {
          for (const { hand, start } of starts) {
            hands[hand].position = add(start, travelled)
            sendHand(hand)
          }
        },
      )
    } else if ('grip' in command || 'release' in command) {
      const hand = 'grip' in command ? command.grip : command.release
      sim.dispatch({ type: 'grip', hand, pressed: 'grip' in command })
      tick()
    } else if ('trigger' in command) {
      sim.dispatch({ type: 'trigger', hand: command.trigger, pressed: true })
      tick()
      sim.dispatch({ type: 'trigger', hand: command.trigger, pressed: false })
      tick()
    } else if ('triggerDown' in command || 'triggerUp' in command) {
      const hand = 'triggerDown' in command ? command.triggerDown : command.triggerUp
      sim.dispatch({ type: 'trigger', hand, pressed: 'triggerDown' in command })
      tick()
    } else if ('look' in command) {
      const direction = sub(targetOf(command.look), head)
      headRotation = fromAxisAngle({ x: 0, y: 1, z: 0 }, atan2(-direction.x, -direction.z))
      sim.dispatch({ type: 'head', position: { ...head }, rotation: headRotation })
      tick()
    } else if ('hold' in command) {
      sim.dispatch({ type: 'trigger', hand: command.hold.hand, pressed: true })
      for (let i = 0; i < Math.round(command.hold.seconds / sim.dt) && tick(); i++);
      sim.dispatch({ type: 'trigger', hand: command.hold.hand, pressed: false })
      tick()
    } else if ('turn' in command) {
      const { hand, by, axis } = command.turn
      const speed = (command.speed ?? defaultSpeeds.turn) * Math.sign(by)
      const steps = Math.max(1, Math.ceil(Math.abs(by) / (Math.abs(speed) * sim.dt)))
      const increment = fromAxisAngle(vec(axis), by / steps)
      for (let i = 0; i < steps; i++) {
        hands[hand].rotation = multiply(increment, hands[hand].rotation)
        sendHand(hand)
        if (!tick()) return
      }
    } else if ('point' in command) {
      sim.dispatch({ type: 'point', hand: command.point.hand, on: command.point.on })
      tick()
    } else if ('aim' in command) {
      const { hand, at } = command.aim
      const direction = sub(targetOf(at), hands[hand].position)
      const yaw = atan2(-direction.x, -direction.z)
      const pitch = atan2(direction.y, Math.sqrt(direction.x * direction.x + direction.z * direction.z))
      hands[hand].rotation = multiply(
        fromAxisAngle({ x: 0, y: 1, z: 0 }, yaw),
        fromAxisAngle({ x: 1, y: 0, z: 0 }, pitch),
      )
      sendHand(hand)
      tick()
    } else if ('wait' in command) {
      for (let i = 0; i < Math.round(command.wait / sim.dt) && tick(); i++);
    } else if ('teleport' in command) {
      const position = vec(command.teleport)
      // A climb the core refuses leaves the learner (and so the bot's head) where they stand.
      const refused = teleportRefusal(sim.context, position) !== undefined
      sim.dispatch({ type: 'teleport', position })
      if (!refused) Object.assign(head, { x: command.teleport[0], z: command.teleport[2] })
      tick()
    } else {
      sim.dispatch({ type: 'choose', choice: command.choose })
      tick()
    }
  }
  const settle = Math.round((options.settleSeconds ?? 2) / sim.dt)
  for (let i = 0; i < settle && tick(); i++);
}
