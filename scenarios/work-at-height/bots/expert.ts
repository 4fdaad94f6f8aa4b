// The expert of the work-at-height scenario, who inspects the harness to decide which one to put
// on. Segments, golden runs and the reading of instruments are the lockout-tagout bots' (one format
// for every scenario's learners); what differs is the plan: a finding is any defect an inspection
// showed (a harness condition other than "no defect found"), and a plan item may be played only
// `when` or `unless` something was found.
import { runBot, type Sim } from '@practicum/sim'
import { lastReading, type Segments } from '../../lockout-tagout/bots/expert.ts'

export {
  lastReading,
  readGoldenRun,
  readSegments,
  runGolden,
  type GoldenRun,
  type Segments,
} from '../../lockout-tagout/bots/expert.ts'

/** What the expert looks for: after which segments, on which reading. */
export interface Finding {
  after: string[]
  reading: string
  /** Found when the reading shows anything but 0 (the inspection found a defect). */
  nonZero: true
}

/** A plan item: a segment, or segments played only when (or unless) a finding was made. */
export type PlanItem = string | { when: string; play: string[] } | { unless: string; play: string[] }

/** The expert's plan (expert-plan.yaml). */
export interface ExpertPlan {
  findings: Record<string, Finding>
  plan: PlanItem[]
}

const played = (item: PlanItem): string[] => (typeof item === 'string' ? [item] : item.play)

/** Reads expert-plan.yaml once parsed, checking every segment and finding it names. */
export function readExpertPlan(data: unknown, segments: Segments): ExpertPlan {
  const plan = data as ExpertPlan
  if (!plan || typeof plan.findings !== 'object' || !Array.isArray(plan.plan))
    throw new Error('expert-plan: expected findings and plan')
  for (const [name, finding] of Object.entries(plan.findings)) {
    if (!Array.isArray(finding.after) || typeof finding.reading !== 'string' || finding.nonZero !== true)
      throw new Error(`expert-plan: finding "${name}" needs after (a list), reading and nonZero: true`)
    for (const segment of finding.after)
      if (!segments[segment]) throw new Error(`expert-plan: no segment "${segment}"`)
  }
  for (const item of plan.plan) {
    for (const name of played(item)) if (!segments[name]) throw new Error(`expert-plan: no segment "${name}"`)
    if (typeof item === 'string') continue
    const condition = 'when' in item ? item.when : item.unless
    if (!plan.findings[condition]) throw new Error(`expert-plan: no finding "${condition}"`)
  }
  return plan
}

/** The segments the expert plays when it has found `found` (a known case, for compose.mjs and tests). */
export function planFor(plan: ExpertPlan, found: ReadonlySet<string>): string[] {
  return plan.plan.flatMap((item) => {
    if (typeof item === 'string') return [item]
    if ('when' in item) return found.has(item.when) ? item.play : []
    return found.has(item.unless) ? [] : item.play
  })
}

/**
 * The expert: the climb of OSHA 29 CFR 1926 Subpart M played segment by segment. After each
 * segment a finding names, it looks at the reading it names (what the learner saw, from the
 * instrument-read event) — never at the case record. What it finds changes only the plan's items
 * after that segment. Returns what it found.
 */
export function runExpert(sim: Sim, segments: Segments, plan: ExpertPlan): Set<string> {
  const found = new Set<string>()
  for (let index = 0; ; index++) {
    const name = planFor(plan, found)[index]
    if (name === undefined) break
    const commands = segments[name]
    if (!commands) throw new Error(`no segment "${name}"`)
    runBot(sim, commands, { settleSeconds: 0 })
    for (const [id, finding] of Object.entries(plan.findings)) {
      if (found.has(id) || !finding.after.includes(name)) continue
      const value = lastReading(sim.events(), finding.reading)
      if (value !== undefined && value !== 0) found.add(id)
    }
  }
  runBot(sim, [], { settleSeconds: 2 })
  return found
}
