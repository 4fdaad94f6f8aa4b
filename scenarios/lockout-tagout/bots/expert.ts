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

/**
 * The expert: the full procedure of OSHA 29 CFR 1910.147, deciding from the cylinder gauge
 * whether the cylinder needs its own bleed, and from the voltage meter whether a second feed
 * must be found, isolated and locked. Thresholds are the scenario's parameters (the rules the
 * learner is taught), never the case record.
 */
export function runExpert(sim: Sim, segments: Segments): void {
  const param = (id: string): number => {
    const value = sim.context.params.get(id)
    if (value === undefined) throw new Error(`no parameter ${id}`)
    return value
  }
  const run = (...names: string[]) => names.forEach((name) => play(sim, segments, name))
  run('getLocks', 'prepare', 'notify', 'stop', 'isolateElectrical', 'toAirDrop')
  run('closeAirValve', 'lockAirValve', 'openDump', 'toCylinder', 'readGauge')
  let bledCylinder = false
  if ((lastReading(sim.events(), 'cylinderPressure') ?? Infinity) > param('maxResidualPressure')) {
    run('bleedCylinder', 'readGauge')
    bledCylinder = true
  }
  run('tryStart', 'getMeter', 'testVoltage')
  let secondFeed = false
  if ((lastReading(sim.events(), 'terminalVoltage') ?? Infinity) > param('maxLiveVoltage')) {
    run('isolateSecondFeed', 'retestVoltage')
    secondFeed = true
  }
  run('controlsOff', 'work', 'leaveArea', 'removeLockE1')
  if (secondFeed) run('removeLockLP2')
  run('returnLocks', 'removeLockP1', 'notifyRestart', 'closeDump')
  if (bledCylinder) run('closeCylinderBleed')
  run('openAirValve', 'closeDisconnect')
  if (secondFeed) run('closeBreaker')
  runBot(sim, [], { settleSeconds: 2 })
}
