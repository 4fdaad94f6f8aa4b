// Rapier step time in the core's own world: boxes stacked in contact, sleeping off, 90 warm-up +
// 900 measured steps, at 100, 500 and 1,000 bodies (target: ≤ 1.5 ms mean at 500). Settled
// stacks with sleeping allowed are reported separately.
import RAPIER from '@dimforge/rapier3d-compat'
import { createPhysicsWorld, type ObjectSpec } from '@practicum/sim'
import { fmt, summarise } from './stats.ts'

const physics = { gravity: 9.80665, timeStep: 1 / 90, solverIterations: 8 }

function stackedBoxes(count: number): ObjectSpec[] {
  const objects: ObjectSpec[] = [
    {
      id: 'floor',
      transform: { position: [0, -0.5, 0], rotation: [0, 0, 0], scale: [1, 1, 1] },
      shape: { kind: 'box', size: [100, 1, 100] },
      body: { type: 'fixed', friction: 0.8, restitution: 0 },
    },
  ]
  const perStack = 5
  const stacks = Math.ceil(count / perStack)
  const side = Math.ceil(Math.sqrt(stacks))
  for (let i = 0; i < count; i++) {
    const stack = Math.floor(i / perStack)
    const level = i % perStack
    const x = (stack % side) * 1.5
    const z = Math.floor(stack / side) * 1.5
    objects.push({
      id: `box-${i}`,
      transform: { position: [x, 0.25 + level * 0.5, z], rotation: [0, 0, 0], scale: [1, 1, 1] },
      shape: { kind: 'box', size: [0.5, 0.5, 0.5] },
      body: { type: 'dynamic', mass: 5, friction: 0.6, restitution: 0 },
    })
  }
  return objects
}

function measure(
  count: number,
  allowSleep: boolean,
  warmup: number,
  measured: number,
): { meanUs: number; p99Us: number } {
  const world = createPhysicsWorld(RAPIER, {
    physics,
    objects: stackedBoxes(count),
    joints: [],
    zones: [],
    allowSleep,
  })
  const settle = allowSleep ? 600 : 0
  for (let i = 0; i < warmup + settle; i++) {
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
    `physics step, boxes stacked in contact, ${warmup} warm-up + ${measured} measured steps (deterministic Rapier ${RAPIER.version()})`,
  )
  for (const count of [100, 500, 1000]) {
    const awake = measure(count, false, warmup, measured)
    const target = count === 500 ? `   target ≤ 1.50 ms mean: ${awake.meanUs <= 1500 ? 'met' : 'MISSED'}` : ''
    log(
      `${String(count).padStart(5)} bodies, sleeping off: mean ${fmt(awake.meanUs)}, p99 ${fmt(awake.p99Us)}${target}`,
    )
  }
  for (const count of [500]) {
    const asleep = measure(count, true, warmup, measured)
    log(
      `${String(count).padStart(5)} bodies, settled and asleep: mean ${fmt(asleep.meanUs)}, p99 ${fmt(asleep.p99Us)}`,
    )
  }
}
