// The learners of the chemical-spill scenario: the expert, who reads the SDS to decide what the
// case needs (gloves, neutraliser), and the golden runs, which replay fixed lists of segments. Both
// act only through the bot commands of segments.yaml (poses, grip, trigger): never on the world.
// Segments, golden runs and the reading of instruments are the lockout-tagout bots' (one format
// for every scenario's learners).
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

function play(sim: Sim, segments: Segments, name: string): void {
  const commands = segments[name]
  if (!commands) throw new Error(`no segment "${name}"`)
  runBot(sim, commands, { settleSeconds: 0 })
}
/** What a finding compares: the reading against a parameter, one of above, below or atMost. */
export interface Finding {
  after: string
  reading: string
  above?: string
  below?: string
  atMost?: string
}

/** A plan item: a segment, or segments played only when a finding holds (`when`) or not (`unless`). */
export type PlanItem = string | { when: string; play: string[] } | { unless: string; play: string[] }

/** The expert's plan (expert-plan.yaml): segments, some only for what the SDS revealed. */
export interface ExpertPlan {
  findings: Record<string, Finding>
  plan: PlanItem[]
}

const conditionOf = (item: Exclude<PlanItem, string>) => ('when' in item ? item.when : item.unless)

/** Reads expert-plan.yaml once parsed, checking every segment, finding and comparison it names. */
export function readExpertPlan(data: unknown, segments: Segments): ExpertPlan {
  const plan = data as ExpertPlan
  if (!plan || typeof plan.findings !== 'object' || !Array.isArray(plan.plan))
    throw new Error('expert-plan: expected findings and plan')
  for (const [name, finding] of Object.entries(plan.findings)) {
    const comparisons = [finding.above, finding.below, finding.atMost].filter((p) => p !== undefined)
    if (comparisons.length !== 1)
      throw new Error(`expert-plan: finding "${name}" needs one of above, below, atMost`)
    if (!segments[finding.after])
      throw new Error(`expert-plan: finding "${name}" after no segment "${finding.after}"`)
  }
  for (const item of plan.plan) {
    const names = typeof item === 'string' ? [item] : item.play
    for (const name of names) if (!segments[name]) throw new Error(`expert-plan: no segment "${name}"`)
    if (typeof item !== 'string' && !plan.findings[conditionOf(item)])
      throw new Error(`expert-plan: no finding "${conditionOf(item)}"`)
  }
  return plan
}

/** The segments the expert plays when it has found `found` (a known case, for compose.mjs and tests). */
export function planFor(plan: ExpertPlan, found: ReadonlySet<string>): string[] {
  return plan.plan.flatMap((item) => {
    if (typeof item === 'string') return [item]
    return found.has(conditionOf(item)) === 'when' in item ? item.play : []
  })
}

function holds(finding: Finding, value: number, params: ReadonlyMap<string, number>): boolean {
  const limit = (id: string) => {
    const found = params.get(id)
    if (found === undefined) throw new Error(`expert-plan: no parameter ${id}`)
    return found
  }
  if (finding.above !== undefined) return value > limit(finding.above)
  if (finding.below !== undefined) return value < limit(finding.below)
  return value <= limit(finding.atMost!)
}

/**
 * The expert: the spill response of OSHA 29 CFR 1910.120 and the SDS, played segment by segment.
 * After the segment a finding names, it looks at the SDS reading it names (the value the learner
 * sees, from the instrument-read event) and compares it with the scenario's parameter (the rule
 * the learner is taught), never with the case record. What it finds chooses the plan's `when` and
 * `unless` items, which always follow the segment where they are found. Returns what it found.
 */
export function runExpert(sim: Sim, segments: Segments, plan: ExpertPlan): Set<string> {
  const found = new Set<string>()
  const decided = new Set<string>()
  for (let index = 0; ; index++) {
    const names = planFor(plan, found)
    const name = names[index]
    // An attempt ends early on the emergency branch (at the assembly point): the plan stops there.
    if (name === undefined || sim.ended) break
    play(sim, segments, name)
    for (const [finding, rule] of Object.entries(plan.findings)) {
      if (rule.after !== name || decided.has(finding)) continue
      const value = lastReading(sim.events(), rule.reading)
      if (value === undefined) throw new Error(`the expert read no ${rule.reading} after ${name}`)
      decided.add(finding)
      if (holds(rule, value, sim.context.params)) found.add(finding)
    }
  }
  runBot(sim, [], { settleSeconds: 2 })
  return found
}
