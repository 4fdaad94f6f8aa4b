import type { Object3D } from 'three'
import { Quaternion, Vector3 } from 'three'
import type { Sim } from '@practicum/sim'

type CoreBody = NonNullable<ReturnType<Sim['context']['physics']['body']>>

interface Entry {
  readonly body: CoreBody
  readonly object: Object3D
  readonly previousPosition: Vector3
  readonly currentPosition: Vector3
  readonly previousRotation: Quaternion
  readonly currentRotation: Quaternion
  /** Asleep and read once since it fell asleep: nothing to read until it wakes. */
  settled: boolean
}

/**
 * Copies the core's body poses into scene objects, interpolated between the last two reads.
 * It is the frame code of the scene, so it allocates nothing itself: every vector is made once,
 * fixed bodies are read once, and a sleeping body is read once when it falls asleep. (Each Rapier
 * getter still allocates a small wasm-bindgen wrapper; reading only moved bodies keeps that small.)
 */
export interface PoseSync {
  /** Reads every moved body after the core took one or more steps. */
  read(): void
  /** Places every object between its last two reads; `alpha` is the driver's. */
  apply(alpha: number): void
  /** How many bodies the last `read` asked Rapier for (tests and benches). */
  readonly lastReadCount: number
}

function readInto(entry: Entry): void {
  const t = entry.body.translation()
  const r = entry.body.rotation()
  entry.currentPosition.set(t.x, t.y, t.z)
  entry.currentRotation.set(r.x, r.y, r.z, r.w)
}

/** Binds each object of `objects` (by scenario object id) to the core body of that id, if any. */
export function createPoseSync(sim: Sim, objects: ReadonlyMap<string, Object3D>): PoseSync {
  const physics = sim.context.physics
  const moving: Entry[] = []
  for (const id of physics.bodyIds) {
    const body = physics.body(id)
    const object = objects.get(id)
    if (!body || !object) continue
    const entry: Entry = {
      body,
      object,
      previousPosition: new Vector3(),
      currentPosition: new Vector3(),
      previousRotation: new Quaternion(),
      currentRotation: new Quaternion(),
      settled: false,
    }
    readInto(entry)
    entry.previousPosition.copy(entry.currentPosition)
    entry.previousRotation.copy(entry.currentRotation)
    object.position.copy(entry.currentPosition)
    object.quaternion.copy(entry.currentRotation)
    if (!body.isFixed()) moving.push(entry)
  }
  let lastReadCount = 0

  return {
    read() {
      lastReadCount = 0
      for (const entry of moving) {
        const asleep = entry.body.isSleeping()
        if (asleep && entry.settled) {
          // Nothing moves: the interpolation ends where the body came to rest.
          entry.previousPosition.copy(entry.currentPosition)
          entry.previousRotation.copy(entry.currentRotation)
          continue
        }
        entry.previousPosition.copy(entry.currentPosition)
        entry.previousRotation.copy(entry.currentRotation)
        readInto(entry)
        lastReadCount++
        entry.settled = asleep
      }
    },
    apply(alpha) {
      for (const entry of moving) {
        entry.object.position.lerpVectors(entry.previousPosition, entry.currentPosition, alpha)
        entry.object.quaternion.slerpQuaternions(entry.previousRotation, entry.currentRotation, alpha)
      }
    },
    get lastReadCount() {
      return lastReadCount
    },
  }
}
