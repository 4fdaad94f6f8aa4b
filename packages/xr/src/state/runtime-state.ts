import type { Outcome, RejectionReason, SimEvent } from '@practicum/sim'

/** What the learner's interface shows: changes only on the core's events, never per frame. */
export interface RuntimeState {
  /**
   * Steps started and not yet completed or failed, the latest started first; steps started at the
   * same core step in the order they started. An alternative left open (evacuate, while the learner
   * fights the fire) so falls behind the steps that follow the one just done.
   */
  readonly activeSteps: readonly string[]
  /** The core step at which each active step started. */
  readonly startedAt: Readonly<Record<string, number>>
  /** The first active step: the instruction shown now. */
  readonly currentStep: string | undefined
  readonly completedSteps: readonly string[]
  /** Hazards live now, in the order they became live. */
  readonly hazards: readonly string[]
  /** Caption keys of the sounds playing now, in the order they started (captions for every sound). */
  readonly captions: readonly { readonly sound: string; readonly caption: string }[]
  readonly ended: boolean
  readonly outcome: Outcome | undefined
  /**
   * The core's last refusal of something the learner did (nothing in reach, a climb with a hand
   * full), until the learner's next action the core takes; `step` tells one refusal from the next.
   */
  readonly refusal: { readonly reason: RejectionReason; readonly step: number } | undefined
}

export const initialRuntimeState: RuntimeState = {
  activeSteps: [],
  startedAt: {},
  currentStep: undefined,
  completedSteps: [],
  hazards: [],
  captions: [],
  ended: false,
  outcome: undefined,
  refusal: undefined,
}

function withActive(state: RuntimeState, activeSteps: readonly string[]): RuntimeState {
  const startedAt: Record<string, number> = {}
  for (const id of activeSteps) startedAt[id] = state.startedAt[id] ?? 0
  return { ...state, activeSteps, startedAt, currentStep: activeSteps[0] }
}

/**
 * The next interface state after one core event. Pure; returns `state` itself for an event that
 * changes nothing, so no subscriber re-renders.
 */
export function reduceRuntimeState(state: RuntimeState, event: SimEvent): RuntimeState {
  switch (event.type) {
    case 'step-started': {
      if (state.activeSteps.includes(event.id)) return state
      const together = state.activeSteps.filter((id) => state.startedAt[id] === event.step)
      const before = state.activeSteps.filter((id) => state.startedAt[id] !== event.step)
      return withActive({ ...state, startedAt: { ...state.startedAt, [event.id]: event.step } }, [
        ...together,
        event.id,
        ...before,
      ])
    }
    case 'step-completed': {
      const next = withActive(
        state,
        state.activeSteps.filter((id) => id !== event.id),
      )
      return { ...next, completedSteps: [...state.completedSteps, event.id] }
    }
    case 'step-failed':
      if (!state.activeSteps.includes(event.id)) return state
      return withActive(
        state,
        state.activeSteps.filter((id) => id !== event.id),
      )
    case 'hazard-live':
      if (state.hazards.includes(event.id)) return state
      return { ...state, hazards: [...state.hazards, event.id] }
    case 'hazard-cleared':
      if (!state.hazards.includes(event.id)) return state
      return { ...state, hazards: state.hazards.filter((id) => id !== event.id) }
    case 'sound': {
      const playing = state.captions.some((caption) => caption.sound === event.id)
      if (event.playing === playing) return state
      const captions = event.playing
        ? [...state.captions, { sound: event.id, caption: event.caption }]
        : state.captions.filter((caption) => caption.sound !== event.id)
      return { ...state, captions }
    }
    case 'action-rejected':
      return { ...state, refusal: { reason: event.reason, step: event.step } }
    case 'grabbed':
    case 'released':
    case 'attached':
    case 'worn':
    case 'removed':
    case 'toggled':
    case 'used':
      return state.refusal ? { ...state, refusal: undefined } : state
    case 'attempt-ended':
      // Nothing is left to do: an alternative never taken (evacuate after the fire is out, raising
      // an emergency for a small spill) is no instruction for an attempt that is over.
      return { ...withActive(state, []), ended: true, outcome: event.outcome }
    default:
      return state
  }
}
