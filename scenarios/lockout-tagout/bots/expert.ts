// The learners of the lockout-tagout scenario: the expert, who reads the instruments to decide
// what each case needs, and the golden runs, which replay fixed lists of segments. Both act only
// through the bot commands of segments.yaml (poses, grip, trigger): never on the world directly.
import { readBotScript, runBot, type BotCommand, type Sim, type SimEvent } from '@practicum/sim'

/** Named lists of bot commands (segments.yaml). */
export type Segments = Readonly<Record<string, readonly BotCommand[]>>

/** A golden run (golden/*.yaml): the segments it plays, on which seed and mode, and what it must give. */
export interface GoldenRun {
  seed: number
  mode: 'practice' | 'assessment'
  play: string[]
  expect: { outcome: 'passed' | 'failed'; criticalErrors: string[]; scoreBelowOne?: boolean }
}

/** Reads segments.yaml once parsed; throws with the segment and path of any problem. */
export function readSegments(data: unknown): Segments {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error('segments: expected a mapping of segment names to command lists')
  const segments: Record<string, BotCommand[]> = {}
  for (const [name, list] of Object.entries(data)) {
    const { commands, problems } = readBotScript(list)
    if (problems.length)
      throw new Error(problems.map((p) => `segments.${name}.${p.path.join('.')}: ${p.message}`).join('\n'))
    segments[name] = commands
  }
  return segments
}

/** Reads a golden run file once parsed. */
export function readGoldenRun(data: unknown, segments: Segments): GoldenRun {
  const run = data as Partial<GoldenRun>
  if (typeof run.seed !== 'number' || !Array.isArray(run.play) || typeof run.expect !== 'object')
    throw new Error('a golden run has seed, play and expect')
  for (const name of run.play) if (!segments[name]) throw new Error(`no segment "${name}"`)
  return { mode: 'assessment', ...run } as GoldenRun
}

function play(sim: Sim, segments: Segments, name: string): void {
  const commands = segments[name]
  if (!commands) throw new Error(`no segment "${name}"`)
  runBot(sim, commands, { settleSeconds: 0 })
}

/** Plays a golden run's segments in order, then lets the attempt settle. */
export function runGolden(sim: Sim, segments: Segments, run: GoldenRun): void {
  for (const name of run.play) play(sim, segments, name)
  runBot(sim, [], { settleSeconds: 2 })
}

/** The value the learner last read on an instrument (from its display: the instrument-read event). */
export function lastReading(events: readonly SimEvent[], reading: string): number | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]
    if (event?.type !== 'instrument-read') continue
    const found = event.readings.find((item) => item.id === reading)
    if (found) return found.value
  }
  return undefined
}

/** The expert's plan (expert-plan.yaml): segments, some only for what the instruments revealed. */
export interface ExpertPlan {
  findings: Record<string, { after: string; reading: string; above: string }>
  plan: (string | { when: string; play: string[] })[]
}

/** Reads expert-plan.yaml once parsed, checking every segment and finding it names. */
export function readExpertPlan(data: unknown, segments: Segments): ExpertPlan {
  const plan = data as ExpertPlan
  if (!plan || typeof plan.findings !== 'object' || !Array.isArray(plan.plan))
    throw new Error('expert-plan: expected findings and plan')
  for (const item of plan.plan) {
    const names = typeof item === 'string' ? [item] : item.play
    for (const name of names) if (!segments[name]) throw new Error(`expert-plan: no segment "${name}"`)
    if (typeof item !== 'string' && !plan.findings[item.when])
      throw new Error(`expert-plan: no finding "${item.when}"`)
  }
  return plan
}

/** The segments the expert plays when it has found `found` (a known case, for compose.mjs and tests). */
export function planFor(plan: ExpertPlan, found: ReadonlySet<string>): string[] {
  return plan.plan.flatMap((item) =>
    typeof item === 'string' ? [item] : found.has(item.when) ? item.play : [],
  )
}

/**
 * The expert: the full procedure of OSHA 29 CFR 1910.147, played segment by segment. After the
 * segment a finding names, it looks at the instrument reading it names (the value the learner
 * sees, from the instrument-read event) and compares it with the scenario's parameter (the rule
 * the learner is taught) — never with the case record. What it finds adds the plan's `when`
 * items, which always follow the segment where they are found. Returns what it found.
 */
export function runExpert(sim: Sim, segments: Segments, plan: ExpertPlan): Set<string> {
  const found = new Set<string>()
  for (let index = 0; ; index++) {
    const names = planFor(plan, found)
    const name = names[index]
    if (name === undefined) break
    play(sim, segments, name)
    for (const [finding, rule] of Object.entries(plan.findings)) {
      if (rule.after !== name || found.has(finding)) continue
      const limit = sim.context.params.get(rule.above)
      if (limit === undefined) throw new Error(`expert-plan: no parameter ${rule.above}`)
      if ((lastReading(sim.events(), rule.reading) ?? Infinity) > limit) found.add(finding)
    }
  }
  runBot(sim, [], { settleSeconds: 2 })
  return found
}
