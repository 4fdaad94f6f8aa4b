// A scripted attempt, headless, as a multiple of real time (target ≥ 200×): a generated scene of
// 48 bodies with 4 motorised rollers, 10 sensor zones, the learner's body, and a hand carrying a
// crate for more than half of the steps. Also the mean and p99 time of a whole core step.
import RAPIER from '@dimforge/rapier3d-compat'
import { parseScenario, validateScenario } from '@practicum/scenario'
import { createSim, runBot, type BotCommand } from '@practicum/sim'
import { fmt, summarise } from './stats.ts'

const box = (size: number) => ({ kind: 'box', size: [`${size} m`, `${size} m`, `${size} m`] })
const at = (x: number, y: number, z: number) => ({ position: [`${x} m`, `${y} m`, `${z} m`] })

function benchScenario(): unknown {
  const objects: unknown[] = [
    {
      id: 'floor',
      name: 'thing',
      transform: at(0, -0.05, 0),
      shape: { kind: 'box', size: ['30 m', '0.1 m', '30 m'] },
      body: { type: 'fixed' },
    },
  ]
  for (let i = 0; i < 40; i++) {
    objects.push({
      id: `part-${i}`,
      name: 'thing',
      transform: at(-6 + (i % 10) * 1.2, 0.15 + Math.floor(i / 10) * 0.31, -4),
      shape: box(0.3),
      body: { type: 'dynamic', mass: '2 kg' },
    })
  }
  const joints: unknown[] = []
  for (let i = 0; i < 4; i++) {
    objects.push({
      id: `frame-${i}`,
      name: 'thing',
      transform: at(4, 0.5, -2 + i),
      shape: box(0.1),
      body: { type: 'fixed' },
    })
    objects.push({
      id: `roller-${i}`,
      name: 'thing',
      transform: { ...at(4, 0.5, -2 + i + 0.3), rotation: ['90 deg', 0, 0] },
      shape: { kind: 'cylinder', radius: '0.1 m', height: '0.4 m' },
      body: { type: 'dynamic', mass: '5 kg' },
    })
    joints.push({
      kind: 'hinge',
      id: `axle-${i}`,
      a: `frame-${i}`,
      b: `roller-${i}`,
      anchor: [0, 0, '0.3 m'],
      axis: [0, 0, 1],
      motor: { targetVelocity: '2 rad/s', maxTorque: '50 N*m' },
    })
  }
  objects.push({
    id: 'crate',
    name: 'thing',
    transform: at(0, 0.2, 2),
    shape: box(0.3),
    body: { type: 'dynamic', mass: '3 kg' },
  })
  const zones = Array.from({ length: 10 }, (_, i) => ({
    id: `zone-${i}`,
    shape: box(1.5),
    transform: at(-7 + i * 1.6, 0.75, 5),
  }))
  const hazards = zones.slice(0, 5).map((zone, i) => ({
    id: `hazard-${i}`,
    name: 'thing',
    where: { zone: zone.id },
    liveWhen: { gt: [{ jointAngle: `axle-${i % 4}` }, -10] },
    exposure: { kind: 'stay', duration: '2 s' },
    severity: 'minor',
    consequence: { outcome: 'warning', message: 'thing' },
  }))
  return {
    schemaVersion: 2,
    id: 'bench-attempt',
    title: 'thing',
    ruleSet: { id: 'bench', title: 'Benchmark' },
    modes: ['practice'],
    locales: { default: 'en', available: ['en'] },
    learner: { height: '1.7 m', radius: '0.25 m', seatedOffset: '0.45 m', start: at(0, 0, 3) },
    objects,
    joints,
    zones,
    interactables: [{ kind: 'grabbable', id: 'crate-grab', object: 'crate' }],
    hazards,
    procedure: {
      steps: [
        { id: 'deliver', title: 'thing', doneWhen: { inZone: { subject: 'crate', zone: 'zone-9' } } },
        { id: 'leave', title: 'thing', doneWhen: { inZone: { subject: 'learner', zone: 'zone-0' } } },
      ],
      flow: { sequence: ['deliver', 'leave'] },
    },
    assessment: {
      competencies: [{ id: 'c', name: 'thing' }],
      evidence: [{ competency: 'c', from: { step: 'deliver' } }],
      masteryThreshold: 0.5,
    },
    messages: [{ key: 'thing', text: { en: 'Thing' } }],
  }
}

const carryLoop: BotCommand[] = [
  { walkTo: [0, 0, 2.6] },
  { reach: { hand: 'right', to: 'crate' } },
  { grip: 'right' },
  { reach: { hand: 'right', to: [0.3, 1.1, 2.3] } },
  ...Array.from({ length: 3 }, (): BotCommand[] => [
    { walkTo: [-5, 0, 2.6] },
    { walkTo: [-5, 0, 0.5] },
    { walkTo: [2, 0, 0.5] },
    { walkTo: [2, 0, 2.6] },
  ]).flat(),
  { walkTo: [7.4, 0, 3.6] },
  { reach: { hand: 'right', to: [7.4, 0.6, 5] } },
  { release: 'right' },
  { walkTo: [-7, 0, 3.8] },
  { walkTo: [-7, 0, 5] },
]

export async function run({
  smoke,
  log,
}: {
  smoke: boolean
  large: boolean
  log: (line: string) => void
}): Promise<void> {
  await RAPIER.init()
  const parsed = parseScenario(JSON.stringify(benchScenario()), { file: 'bench-attempt.json' })
  const validated = validateScenario(parsed.data, { file: 'bench-attempt.json', sourceMap: parsed.sourceMap })
  if (!validated.ok)
    throw new Error(validated.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'))
  const runs = smoke ? 1 : 5
  for (let r = 0; r < runs; r++) {
    const sim = createSim({ rapier: RAPIER, scenario: validated.scenario })
    const durations: number[] = []
    let carried = 0
    const step = sim.step
    Object.assign(sim, {
      step: () => {
        const started = performance.now()
        step()
        durations.push(performance.now() - started)
        if (sim.context.hands.right.hold) carried++
      },
    })
    const started = performance.now()
    runBot(sim, smoke ? carryLoop.slice(0, 8) : carryLoop, { maxSeconds: 300 })
    const wall = (performance.now() - started) / 1000
    const simulated = sim.stepIndex * sim.dt
    const { meanUs, p99Us } = summarise(durations)
    const bodies = sim.context.physics.bodyIds.length
    if (r === runs - 1 || smoke) {
      log(
        `scene: ${bodies} bodies, 4 motorised joints, ${validated.scenario.zones.length} sensors, learner body; crate carried ${((100 * carried) / sim.stepIndex).toFixed(0)} % of ${sim.stepIndex} steps; outcome ${sim.outcome ?? 'running'}`,
      )
      log(
        `${simulated.toFixed(1)} s simulated in ${wall.toFixed(2)} s: ${(simulated / wall).toFixed(0)}× real time (target ≥ 200×: ${simulated / wall >= 200 ? 'met' : 'MISSED'}); step mean ${fmt(meanUs)}, p99 ${fmt(p99Us)}`,
      )
    }
    sim.dispose()
  }
}
