import RAPIER from '@dimforge/rapier3d-compat'
import { formatProblem, validateScenario } from '@practicum/scenario'
import { createSim, type Sim } from '@practicum/sim'

/** A button of a button room: at `x` on a line 0.5 m before the start, 1 m up; pressing it sets `sets`. */
export interface RoomButton {
  id: string
  x: string
  sets: string
}

/**
 * A small assessment-mode scenario for procedure tests: a floor, buttons the learner presses with
 * the right hand's trigger (each a usable setting a boolean), and the procedure and evidence given.
 * Every id doubles as its own English message.
 */
export function buttonRoom(
  buttons: readonly RoomButton[],
  procedure: { steps: { id: string; doneWhen: unknown }[]; flow: unknown },
  evidence: readonly { competency: string; step: string }[],
): Sim {
  const competencies = [...new Set(evidence.map((item) => item.competency))]
  const keys = [
    'title',
    'floor',
    ...buttons.flatMap((button) => [button.id, `${button.id}Press`]),
    ...procedure.steps.map((step) => step.id),
    ...competencies,
  ]
  const result = validateScenario({
    schemaVersion: 2,
    id: 'button-room',
    title: 'title',
    ruleSet: { id: 'test', title: 'test' },
    modes: ['assessment'],
    locales: { default: 'en', available: ['en'] },
    learner: {
      height: '1.7 m',
      radius: '0.25 m',
      seatedOffset: '0.45 m',
      start: { position: [0, 0, '1 m'] },
    },
    objects: [
      {
        id: 'floor',
        name: 'floor',
        transform: { position: [0, '-0.05 m', 0] },
        shape: { kind: 'box', size: ['6 m', '0.1 m', '6 m'] },
        body: { type: 'fixed' },
      },
      ...buttons.map((button) => ({
        id: button.id,
        name: button.id,
        transform: { position: [button.x, '1 m', '0.5 m'] },
        shape: { kind: 'box', size: ['5 cm', '5 cm', '5 cm'] },
        body: { type: 'fixed' },
      })),
    ],
    interactables: buttons.map((button) => ({
      kind: 'usable',
      id: `${button.id}Press`,
      object: button.id,
      action: `${button.id}Press`,
      sets: button.sets,
    })),
    state: buttons.map((button) => ({ type: 'boolean', id: button.sets, initial: false })),
    hazards: [],
    procedure: { steps: procedure.steps.map((step) => ({ ...step, title: step.id })), flow: procedure.flow },
    assessment: {
      competencies: competencies.map((id) => ({ id, name: id })),
      evidence: evidence.map((item) => ({ competency: item.competency, from: { step: item.step } })),
      masteryThreshold: '80 %',
    },
    messages: [...new Set(keys)].map((key) => ({ key, text: { en: key } })),
  })
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'))
  return createSim({ rapier: RAPIER, scenario: result.scenario, seed: 1, mode: 'assessment' })
}

/** Puts the right hand on the button at `x` and squeezes the trigger; a few steps follow. */
export function pressButtonAt(sim: Sim, x: number): void {
  sim.dispatch({
    type: 'hand',
    hand: 'right',
    position: { x, y: 1, z: 0.5 },
    rotation: { x: 0, y: 0, z: 0, w: 1 },
  })
  sim.step()
  sim.dispatch({ type: 'trigger', hand: 'right', pressed: true })
  for (let i = 0; i < 3 && !sim.ended; i++) sim.step()
}

export { RAPIER }
