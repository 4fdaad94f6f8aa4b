import type { Vec3 } from '@practicum/sim'

/** How far a carried object is lifted straight up before it goes where the hand reached, m. */
export const carryLift = 0.3

/**
 * The way a desktop hand carries what it holds to a place it reached for: first `carryLift`
 * straight up, clear of what stands beside it on the surface it was taken from, then (`go`, once the
 * held body has caught up) to the place. Straight there at once, the core's held body (driven by
 * velocity towards the hand) was dragged along that surface: in the chemical-spill scenario the
 * apron, taken from the spill kit cart and brought to the body, knocked the neutraliser standing
 * beside it off the cart, depending on the steps each frame took.
 */
export interface CarryPath {
  /** True from `start` until `go` or `stop`. */
  readonly active: boolean
  /** Lifts the hand's `offset` (in the head's yaw frame) straight up and keeps `to` for `go`. */
  start(offset: Vec3, to: Readonly<Vec3>): void
  /** Puts the hand's `offset` on the place kept by `start`; the carry ends. */
  go(offset: Vec3): void
  stop(): void
}

export function createCarryPath(): CarryPath {
  // Preallocated: `go` runs in frame code.
  const place: Vec3 = { x: 0, y: 0, z: 0 }
  let active = false
  return {
    get active() {
      return active
    },
    start(offset, to) {
      place.x = to.x
      place.y = to.y
      place.z = to.z
      offset.y += carryLift
      active = true
    },
    go(offset) {
      offset.x = place.x
      offset.y = place.y
      offset.z = place.z
      active = false
    },
    stop() {
      active = false
    },
  }
}
