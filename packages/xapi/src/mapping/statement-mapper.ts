import type { Scenario } from '@practicum/scenario'
import type { Recording, SimEvent } from '@practicum/sim'
import { extensions, verbs } from '../profile/iris.ts'
import { uuidV5 } from '../ids/uuid-v5.ts'
import type { Activity, Learner, OutgoingStatement, Statement } from '../statements/statement.ts'
import { defaultActivityBase, profileActivity, scenarioActivities } from './activities.ts'
import { recordingAttachment } from './recording-attachment.ts'

/** What the mapper needs besides the events. */
export interface StatementMapperOptions {
  scenario: Scenario
  learner: Learner
  /** The attempt's id (a UUID): with the event's sequence number, it names every statement id. */
  attemptId: string
  /** Wall-clock time of step 0 (ms since the epoch, or an RFC 3339 string). */
  anchor: number | string
  /** The core's fixed step, in seconds (`sim.dt`). */
  dt: number
  /** @defaultValue the attempt id */
  registration?: string
  /** @defaultValue 'https://w3id.org/practicum/scenarios/' */
  activityBase?: string
  /** The scenario's content hash, recorded in every statement's context. */
  contentHash?: string
  /** An assessor or instructor, sent as a 2.0.0 contextAgent (left out for 1.0.3 LRSs). */
  instructor?: Learner
}

/** Turns one attempt's events into statements, one event at a time. */
export interface StatementMapper {
  /**
   * The statements of the next event of the attempt: none for events the profile does not record,
   * nor for any event after `attempt-ended`.
   */
  push(event: SimEvent): OutgoingStatement[]
  /**
   * The attempt's final statement (passed or failed on the scenario), carrying the recording as an
   * attachment when given; empty until `attempt-ended` was pushed.
   */
  end(recording?: Recording): OutgoingStatement[]
}

const display = (verb: keyof typeof verbs): { id: string; display: Record<string, string> } => ({
  id: verbs[verb],
  display: { en: verb === 'exposedTo' ? 'exposed to' : verb === 'hinted' ? 'received hint' : verb },
})

/** Seconds as an ISO 8601 duration at 0.01 s. */
function duration(seconds: number): string {
  return `PT${Number(seconds.toFixed(2))}S`
}

/**
 * Creates the mapper of one attempt. Statement ids are UUID v5 of (attempt id, event sequence)
 * and timestamps are the anchor plus step × dt: mapping the same events again (from a replayed
 * recording) gives identical statements.
 *
 * @example
 * const mapper = createStatementMapper({ scenario, learner, attemptId, anchor: Date.now(), dt: sim.dt })
 * sim.subscribe((event) => queue.push(...mapper.push(event)))
 */
export function createStatementMapper(options: StatementMapperOptions): StatementMapper {
  const { scenario, learner, attemptId, dt } = options
  const anchor = typeof options.anchor === 'number' ? options.anchor : Date.parse(options.anchor)
  if (!Number.isFinite(anchor)) throw new RangeError(`anchor is not a time: ${String(options.anchor)}`)
  const activities = scenarioActivities(scenario, options.activityBase ?? defaultActivityBase)
  let sequence = -1
  let started: Extract<SimEvent, { type: 'attempt-started' }> | undefined
  let ended: { event: Extract<SimEvent, { type: 'attempt-ended' }>; sequence: number } | undefined
  let finished = false

  const statement = (
    event: SimEvent,
    part: number,
    verb: keyof typeof verbs,
    object: Activity,
    result?: Statement['result'],
  ): OutgoingStatement => {
    const isScenario = object.id === activities.scenario.id
    const context: NonNullable<Statement['context']> = {
      registration: options.registration ?? attemptId,
      platform: 'Practicum',
      language: scenario.locales.default,
      contextActivities: {
        ...(isScenario ? {} : { parent: [activities.scenario] }),
        category: [profileActivity],
      },
      ...(options.instructor
        ? { contextAgents: [{ objectType: 'contextAgent' as const, agent: options.instructor }] }
        : {}),
      extensions: {
        [extensions.attempt]: attemptId,
        [extensions.simStep]: event.step,
        ...(started ? { [extensions.seed]: started.seed, [extensions.mode]: started.mode } : {}),
        ...(options.contentHash ? { [extensions.contentHash]: options.contentHash } : {}),
      },
    }
    return {
      statement: {
        id: uuidV5(`${attemptId}/${sequence}/${part}`),
        actor: learner,
        verb: display(verb),
        object,
        ...(result ? { result } : {}),
        context,
        timestamp: new Date(anchor + Math.round(event.step * dt * 1000)).toISOString(),
      },
      attachments: [],
    }
  }

  return {
    push(event) {
      sequence++
      // the outcome is the attempt's last word: what the core reports after it is not evidence
      if (ended) return []
      switch (event.type) {
        case 'attempt-started':
          started = event
          return [statement(event, 0, 'attempted', activities.scenario)]
        case 'step-completed':
          return [
            statement(event, 0, 'completed', activities.step(event.id), {
              completion: true,
              success: true,
              extensions: { [extensions.inOrder]: event.inOrder },
            }),
          ]
        case 'step-failed':
          return [
            statement(
              event,
              0,
              event.reason === 'skipped' ? 'ignored' : 'failed',
              activities.step(event.id),
              {
                success: false,
                extensions: { [extensions.reason]: event.reason },
              },
            ),
          ]
        case 'hazard-exposed':
          return [
            statement(event, 0, 'exposedTo', activities.hazard(event.id), {
              extensions: { [extensions.reason]: { severity: event.severity, outcome: event.outcome } },
            }),
          ]
        case 'hazard-cleared':
          return [statement(event, 0, 'controlled', activities.hazard(event.id))]
        case 'critical-error':
          return [
            statement(event, 0, 'committed', activities.criticalError(event.id), {
              success: false,
              extensions: { [extensions.reason]: event.cause },
            }),
          ]
        case 'hint':
          return [statement(event, 0, 'hinted', activities.hint(event.id))]
        case 'instrument-read':
          return [
            statement(event, 0, 'read', activities.instrument(event.instrument), {
              extensions: { [extensions.readings]: event.readings },
            }),
          ]
        case 'attempt-ended':
          ended = { event, sequence }
          return event.competencies.map((competency, index) =>
            statement(
              event,
              index,
              competency.success ? 'passed' : 'failed',
              activities.competency(competency.id),
              {
                success: competency.success,
                score: { scaled: competency.score },
                extensions: { [extensions.evidence]: competency.evidence },
              },
            ),
          )
        default:
          return []
      }
    },
    end(recording) {
      if (!ended || finished) return []
      finished = true
      const { event } = ended
      const saved = sequence
      sequence = ended.sequence
      const maxPoints = event.maxPoints
      const final = statement(event, event.competencies.length, event.outcome, activities.scenario, {
        success: event.outcome === 'passed',
        completion: event.reason === 'procedure-complete',
        duration: duration(event.step * dt),
        score: {
          scaled: event.score,
          ...(maxPoints > 0
            ? { raw: Math.min(Math.max(event.points, 0), maxPoints), min: 0, max: maxPoints }
            : {}),
        },
        extensions: {
          [extensions.criticalErrors]: event.criticalErrors,
          [extensions.endReason]: event.reason,
          ...(recording ? { [extensions.recordingChecksum]: recording.checksum } : {}),
        },
      })
      sequence = saved
      if (recording) {
        const { metadata, content } = recordingAttachment(recording)
        final.statement.attachments = [metadata]
        final.attachments.push(content)
      }
      return [final]
    },
  }
}

/** Maps a whole attempt's events (and its recording) at once: what `createStatementMapper` gives, in order. */
export function mapAttempt(
  events: readonly SimEvent[],
  options: StatementMapperOptions,
  recording?: Recording,
): OutgoingStatement[] {
  const mapper = createStatementMapper(options)
  return [...events.flatMap((event) => mapper.push(event)), ...mapper.end(recording)]
}
