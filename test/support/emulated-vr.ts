// The loop page in emulated VR (`?xr=emulate`: IWER's Meta Quest 3): entered from the keyboard, and
// driven only through IWER's device API (headset and controller poses, buttons, sticks), placed in
// the core's world.
import type { Page } from 'playwright-core'
import type { PageWindow } from './loop-page.ts'

/** A point or a direction in the world (metres). */
export type Vec = readonly [number, number, number]
/** A unit quaternion (x, y, z, w). */
export type Quat = readonly [number, number, number, number]
/** A controller's side. */
export type Hand = 'left' | 'right'

/** IWER's Quest Touch Plus grip offsets (controller → grip space), in the controller's frame. */
export const questGripOffset = {
  left: [-0.00398, -0.01586, 0.04964],
  right: [0.00398, -0.01586, 0.04964],
} as const satisfies Record<Hand, Vec>

/** `v` turned by the unit quaternion `q`. */
export function rotate([x, y, z, w]: Quat, [vx, vy, vz]: Vec): Vec {
  const tx = 2 * (y * vz - z * vy)
  const ty = 2 * (z * vx - x * vz)
  const tz = 2 * (x * vy - y * vx)
  return [vx + w * tx + (y * tz - z * ty), vy + w * ty + (z * tx - x * tz), vz + w * tz + (x * ty - y * tx)]
}

/**
 * Waits for the emulated device and the first step, then enters VR as a keyboard user does (focus
 * on Enter VR, Enter) and waits until the session presents.
 */
export async function enterEmulatedVR(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const practicum = (window as PageWindow).practicum
      return practicum?.xr?.device && practicum.events().some((event) => event.type === 'step-started')
    },
    undefined,
    { timeout: 60_000 },
  )
  const enter = page.getByRole('button', { name: 'Enter VR' })
  await enter.focus()
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => (window as PageWindow).practicum?.xr?.presenting, undefined, {
    timeout: 30_000,
  })
}

/** How `emulatedRig` places the controllers. */
export interface EmulatedRigOptions {
  /** Where the tracking space's origin is in the world (the scenario's learner.start, until a teleport). */
  origin: Vec
  /**
   * `gripAt` also sets the controller's rotation (the identity unless given), and turns the grip
   * offset with it; otherwise it leaves the rotation as it is. @defaultValue false
   */
  turn?: boolean
}

/** The headset and controllers of the emulated device, placed in the core's world. */
export interface EmulatedRig {
  /** The tracking space's origin in the world; a test moves it after a teleport. */
  origin: Vec
  /** Puts a controller's grip at a world point (turned by `rotation` with `turn`). */
  gripAt(hand: Hand, world: Vec, rotation?: Quat): Promise<void>
  /** Sets a controller's button (`trigger`, `squeeze`…) to `value` (0 to 1). */
  button(hand: Hand, id: string, value: number): Promise<void>
  /** Walks the headset (room scale) so the eyes are at a world point, looking ahead (−Z) and `up` degrees up. */
  headAt(world: Vec, up?: number): Promise<void>
  /** Sets a controller's thumbstick forward (−1) or back (1), 0 to let it go. */
  stick(hand: Hand, y: number): Promise<void>
}

/** The emulated headset and controllers of `page`, in the world of its core. */
export function emulatedRig(page: Page, options: EmulatedRigOptions): EmulatedRig {
  const turn = options.turn ?? false
  const rig: EmulatedRig = {
    origin: options.origin,
    gripAt: (hand, world, rotation = [0, 0, 0, 1]) => {
      const offset = turn ? rotate(rotation, questGripOffset[hand]) : questGripOffset[hand]
      const { origin } = rig
      return page.evaluate(
        ([side, [x, y, z], [qx, qy, qz, qw], setRotation]) => {
          const controller = (window as PageWindow).practicum!.xr!.device!.controllers[side]
          if (setRotation) controller.quaternion.set(qx, qy, qz, qw)
          controller.position.set(x, y, z)
        },
        [
          hand,
          [
            world[0] - origin[0] - offset[0],
            world[1] - origin[1] - offset[1],
            world[2] - origin[2] - offset[2],
          ],
          rotation,
          turn,
        ] as const,
      )
    },
    button: (hand, id, value) =>
      page.evaluate(
        ([side, name, v]) =>
          (window as PageWindow).practicum!.xr!.device!.controllers[side].updateButtonValue(name, v),
        [hand, id, value] as const,
      ),
    headAt: (world, up = 0) => {
      const { origin } = rig
      return page.evaluate(
        ([x, y, z, half]) => {
          const device = (window as PageWindow).practicum!.xr!.device!
          device.position.set(x, y, z)
          device.quaternion.set(Math.sin(half), 0, 0, Math.cos(half))
        },
        [world[0] - origin[0], world[1] - origin[1], world[2] - origin[2], (up * Math.PI) / 360] as const,
      )
    },
    stick: (hand, y) =>
      page.evaluate(
        ([side, v]) =>
          (window as PageWindow).practicum!.xr!.device!.controllers[side].updateAxes('thumbstick', 0, v),
        [hand, y] as const,
      ),
  }
  return rig
}
