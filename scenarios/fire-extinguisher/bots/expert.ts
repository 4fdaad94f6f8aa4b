// The learners of the fire-extinguisher scenario: the expert, who looks at what burns to choose the
// extinguisher and sweeps until the flames are gone, and the golden runs, which replay fixed lists
// of segments. Both act only through the bot commands of segments.yaml (poses, grip, trigger).
import { runBot, type Sim, type SimEvent } from '@practicum/sim'
import type { Segments } from '../../lockout-tagout/bots/expert.ts'

// Segments and golden runs are the lockout-tagout bots' (one format for every scenario's learners).
export {
  readGoldenRun,
  readSegments,
  runGolden,
  type GoldenRun,
  type Segments,
} from '../../lockout-tagout/bots/expert.ts'

/** What the expert does for one fire: the extinguisher it takes, where it stands, how it sweeps. */
export interface FirePlan {
  take: string
  approach: string
  sweep: string
}

/** The expert's plan (expert-plan.yaml). */
export interface ExpertPlan {
  maxSweeps: number
  start: string[]
  cases: Record<string, FirePlan>
  finish: string[]
}

/** Reads expert-plan.yaml once parsed, checking every segment it names. */
export function readExpertPlan(data: unknown, segments: Segments): ExpertPlan {
  const plan = data as ExpertPlan
  if (!plan || typeof plan.cases !== 'object' || !Array.isArray(plan.start) || !Array.isArray(plan.finish))
    throw new Error('expert-plan: expected maxSweeps, start, cases and finish')
  const names = [
    ...plan.start,
    ...plan.finish,
    ...Object.values(plan.cases).flatMap((c) => [c.take, c.approach, c.sweep]),
  ]
  for (const name of names) if (!segments[name]) throw new Error(`expert-plan: no segment "${name}"`)
  return plan
}

function play(sim: Sim, segments: Segments, name: string): void {
  const commands = segments[name]
  if (!commands) throw new Error(`no segment "${name}"`)
  runBot(sim, commands, { settleSeconds: 0 })
}

/** The last value a variable was seen to take (state-changed events: what the learner sees). */
function lastSeen(events: readonly SimEvent[], id: string): string | number | boolean | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]
    if (event?.type === 'state-changed' && event.id === id) return event.value
  }
  return undefined
}

/**
 * The expert: raises the alarm, looks at what burns (the fire's place, shown from the start), takes
 * the extinguisher it was taught for that class, and sweeps the base until the flames are gone,
 * sweep by sweep, then backs away to the exit facing the fire. Returns the fire it saw and the
 * number of sweeps it needed.
 */
export function runExpert(sim: Sim, segments: Segments, plan: ExpertPlan): { fire: string; sweeps: number } {
  for (const name of plan.start) play(sim, segments, name)
  const fire = String(lastSeen(sim.events(), 'fireAt'))
  const forFire = plan.cases[fire]
  if (!forFire) throw new Error(`the expert has no plan for a fire at "${fire}"`)
  play(sim, segments, forFire.take)
  play(sim, segments, forFire.approach)
  let sweeps = 0
  while (sweeps < plan.maxSweeps && lastSeen(sim.events(), 'extinguished') !== true && !sim.ended) {
    play(sim, segments, forFire.sweep)
    sweeps++
  }
  for (const name of plan.finish) play(sim, segments, name)
  runBot(sim, [], { settleSeconds: 2 })
  return { fire, sweeps }
}
