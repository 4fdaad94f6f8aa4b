// Rapier step time in the core's own world: boxes stacked in contact, sleeping off, 90 warm-up +
// 900 measured steps, at 100, 500 and 1,000 bodies (target: ≤ 1.5 ms mean at 500), with the
// scenario language's default of 8 solver iterations and Rapier's own default of 4. Settled
// stacks with sleeping allowed are reported separately.
import RAPIER from '@dimforge/rapier3d-compat'
import { createPhysicsWorld, type ObjectSpec } from '@practicum/sim'
import { fmt, summarise } from './stats.ts'

const unit = { rotation: [0, 0, 0], scale: [1, 1, 1] } as const

function stackedBoxes(count: number): ObjectSpec[] {
  const objects: ObjectSpec[] = [
    {
      id: 'floor',
      transform: { position: [0, -0.5, 0], ...unit },
      shape: { kind: 'box', size: [100, 1, 100] },
      body: { type: 'fixed', friction: 0.8, restitution: 0 },
    },
  ]
  const perStack = 5
  const side = Math.ceil(Math.sqrt(Math.ceil(count / perStack)))
  for (let i = 0; i < count; i++) {
    const stack = Math.floor(i / perStack)
    objects.push({
      id: `box-${i}`,
      transform: {
        position: [(stack % side) * 1.5, 0.25 + (i % perStack) * 0.5, Math.floor(stack / side) * 1.5],
        ...unit,
      },
      shape: { kind: 'box', size: [0.5, 0.5, 0.5] },
      body: { type: 'dynamic', mass: 5, friction: 0.6, restitution: 0 },
    })
  }
  return objects
}

interface Case {
  count: number
  solverIterations: number
  allowSleep: boolean
  /** The core judges impacts only when a hazard is judged by them. */
  trackImpacts: boolean
}

/** Times what the core does each step: note velocities for impact judging, then step the world. */
function measure(
  { count, solverIterations, allowSleep, trackImpacts }: Case,
  warmup: number,
  measured: number,
) {
  const world = createPhysicsWorld(RAPIER, {
    physics: { gravity: 9.80665, timeStep: 1 / 90, solverIterations },
    objects: stackedBoxes(count),
    joints: [],
    zones: [],
    allowSleep,
    trackImpacts,
  })
  for (let i = 0; i < warmup + (allowSleep ? 600 : 0); i++) {
    world.beginStep()
    world.step()
  }
  const samples: number[] = []
  for (let i = 0; i < measured; i++) {
    const started = performance.now()
    world.beginStep()
    world.step()
    samples.push(performance.now() - started)
  }
  world.dispose()
  return summarise(samples)
}

export async function run({
  smoke,
  log,
}: {
  smoke: boolean
  large: boolean
  log: (line: string) => void
}): Promise<void> {
  await RAPIER.init()
  const [warmup, measured] = smoke ? [10, 30] : [90, 900]
  log(
    `boxes stacked in contact (stacks of 5), ${warmup} warm-up + ${measured} measured steps, deterministic Rapier ${RAPIER.version()}`,
  )
  for (const solverIterations of [8, 4]) {
    for (const trackImpacts of [true, false]) {
      for (const count of [100, 500, 1000]) {
        const { meanUs, p99Us } = measure(
          { count, solverIterations, allowSleep: false, trackImpacts },
          warmup,
          measured,
        )
        const target = count === 500 ? `   target ≤ 1.50 ms mean: ${meanUs <= 1500 ? 'met' : 'MISSED'}` : ''
        const impacts = trackImpacts ? 'impacts judged' : 'no impact hazard'
        log(
          `${solverIterations} solver iterations, ${impacts}, ${String(count).padStart(4)} bodies: mean ${fmt(meanUs)}, p99 ${fmt(p99Us)}${target}`,
        )
      }
    }
  }
  const asleep = measure(
    { count: 500, solverIterations: 8, allowSleep: true, trackImpacts: true },
    warmup,
    measured,
  )
  log(
    `8 solver iterations, impacts judged,  500 bodies settled and asleep: mean ${fmt(asleep.meanUs)}, p99 ${fmt(asleep.p99Us)}`,
  )
}
