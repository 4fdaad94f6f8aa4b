import type { Quat } from '../math/quaternion.ts'
import type { Vec3 } from '../math/vector.ts'
import type { Action } from './action.ts'

/** Positions are kept to the millimetre. */
export const positionQuantum = 0.001
/** Quaternion components are kept to 1e-3 (about 1e-3 rad of rotation). */
export const rotationQuantum = 0.001

const round = (value: number, quantum: number): number => Math.round(value / quantum) * quantum
/** Rounds and then fixes the float so that 0.1 + 0.2-style noise never enters a recording. */
const fix = (value: number, quantum: number): number => Number(round(value, quantum).toFixed(3)) + 0

export function quantiseVec3(v: Vec3): Vec3 {
  return { x: fix(v.x, positionQuantum), y: fix(v.y, positionQuantum), z: fix(v.z, positionQuantum) }
}

export function quantiseQuat(q: Quat): Quat {
  const x = fix(q.x, rotationQuantum)
  const y = fix(q.y, rotationQuantum)
  const z = fix(q.z, rotationQuantum)
  const w = fix(q.w, rotationQuantum)
  return { x, y, z, w }
}

/** The action as the core consumes it: poses quantised, nothing else changed. */
export function quantiseAction(action: Action): Action {
  switch (action.type) {
    case 'head':
      return {
        type: 'head',
        position: quantiseVec3(action.position),
        rotation: quantiseQuat(action.rotation),
      }
    case 'hand':
      return {
        type: 'hand',
        hand: action.hand,
        position: quantiseVec3(action.position),
        rotation: quantiseQuat(action.rotation),
      }
    case 'teleport':
      return { type: 'teleport', position: quantiseVec3(action.position) }
    default:
      return { ...action }
  }
}
