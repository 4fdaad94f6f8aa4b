import { useMemo, useSyncExternalStore } from 'react'
import { formatText } from '@practicum/scenario'
import type { RejectionReason, Sim } from '@practicum/sim'
import type { DesktopRig } from '../input/desktop-rig.ts'
import type { RuntimeStore } from '../state/runtime-store.ts'
import { useRuntimeState } from '../state/hooks.ts'
import type { FocusTarget } from './focus-target.ts'
import { visuallyHidden } from './visually-hidden.ts'
import { goTo, takeStep, zoneFloor } from './go-to.ts'
import { useRovingFocus } from './roving-focus.ts'

/** The few words of the mirror itself; the scenario's own text comes from its messages. */
export interface MirrorLabels {
  interactables: string
  reach: (name: string) => string
  /**
   * Turns the view to a thing (a held nozzle converges there: the keyboard-only way to aim). When
   * left out, the mirror offers no look buttons.
   */
  lookAt?: (name: string) => string
  grip: string
  trigger: string
  hazard: (name: string) => string
  caption: (text: string) => string
  /** The twist buttons: a quarter turn of the hand (a valve's handle), as the learner sees it. */
  twistLeft: string
  twistRight: string
  /** Brings the hand back in front of the body (to set down what it holds). */
  handRest: string
  /** Brings the hand before the eyes (to put on or take off goggles, a mask). */
  handFace: string
  /** Brings the hand before the body's centre (to put on a harness, an apron). */
  handBody: string
  /**
   * One step (50 cm) along the view: the keyboard-only way to walk a measured distance (a held key
   * walks until let go). When left out, the mirror offers no step buttons.
   */
  step?: { forward: string; back: string; left: string; right: string }
  /** Walks the learner into a zone of the scenario. */
  walkTo: (name: string) => string
  walkBack: string
  /** The scenario's hint, and finishing the attempt as it stands. */
  hint: string
  finish: string
  /** The group of movement buttons. */
  moves: string
  /**
   * What the learner is told when the core refuses an action (nothing in reach, a climb with a
   * hand full). When left out, the mirror announces no refusals.
   */
  refusals?: Readonly<Record<RejectionReason, string>>
}

export const englishMirrorLabels: MirrorLabels = {
  interactables: 'Things you can act on',
  reach: (name) => `Reach for ${name}`,
  lookAt: (name) => `Look at ${name}`,
  grip: 'Grip',
  trigger: 'Trigger',
  hazard: (name) => `Hazard: ${name}`,
  caption: (text) => `Sound: ${text}`,
  twistLeft: 'Twist hand a quarter turn counter-clockwise',
  twistRight: 'Twist hand a quarter turn clockwise',
  handRest: 'Bring hand back',
  handFace: 'Bring hand to your face',
  handBody: 'Bring hand to your body',
  step: { forward: 'Step forward', back: 'Step back', left: 'Step left', right: 'Step right' },
  walkTo: (name) => `Walk into ${name}`,
  walkBack: 'Walk back to the start',
  hint: 'Hint',
  finish: 'Finish the attempt now',
  moves: 'Moves',
}

export interface AccessibleMirrorProps {
  sim: Sim
  store: RuntimeStore
  rig: DesktopRig
  /** @defaultValue the scenario's default locale */
  locale?: string
  /** @defaultValue englishMirrorLabels */
  labels?: MirrorLabels
  /** Set to the object whose button has focus, for `FocusHighlight` to show it in 3D. */
  focus?: FocusTarget
}

/**
 * A visually hidden DOM mirror of the scene for screen readers and the keyboard-only path: one
 * button per interactable object, then per other named object (it puts the hand on it), all in one
 * Tab stop whose buttons the arrow keys, Home and End move through; grip and trigger toggles, an
 * `aria-live` region announcing the current instruction and the live hazards, and a caption log
 * of the sounds playing.
 */
export function AccessibleMirror({
  sim,
  store,
  rig,
  locale,
  labels = englishMirrorLabels,
  focus,
}: AccessibleMirrorProps) {
  const { scenario } = sim
  const text = (key: string) => formatText(scenario, key, {}, locale ?? scenario.locales.default)
  const currentStep = useRuntimeState(store, (state) => state.currentStep)
  const hazards = useRuntimeState(store, (state) => state.hazards)
  const captions = useRuntimeState(store, (state) => state.captions)
  const refusal = useRuntimeState(store, (state) => state.refusal)
  const roving = useRovingFocus()
  // Pressed by the mirror, a key, the mouse or a touch alike: the buttons show the rig's state.
  const grip = useSyncExternalStore(rig.subscribe, () => rig.grip)
  const trigger = useSyncExternalStore(rig.subscribe, () => rig.trigger)

  const targets = useMemo(() => {
    const seen = new Set<string>()
    const objects = new Map(scenario.objects.map((object) => [object.id, object]))
    const acted = scenario.interactables.flatMap((interactable) => {
      const object = objects.get(interactable.object)
      if (!object || seen.has(object.id)) return []
      seen.add(object.id)
      return [{ id: object.id, nameKey: object.name }]
    })
    // Then every other named object: places to bring a tool to (a terminal box) or set a thing down.
    const places = scenario.objects.flatMap((object) =>
      seen.has(object.id) || !object.name ? [] : [{ id: object.id, nameKey: object.name }],
    )
    return [...acted, ...places]
  }, [scenario])

  // Two objects of one name (two hasps) get numbered buttons: each accessible name is unique.
  const names = targets.map((target) => text(target.nameKey))
  const seenNames = new Map<string, number>()
  const buttonNames = names.map((name) => {
    if (names.indexOf(name) === names.lastIndexOf(name)) return name
    const n = (seenNames.get(name) ?? 0) + 1
    seenNames.set(name, n)
    return `${name} ${n}`
  })

  const step = scenario.procedure.steps.find((candidate) => candidate.id === currentStep)
  const hazardNames = hazards.map((id) => {
    const hazard = scenario.hazards.find((candidate) => candidate.id === id)
    return labels.hazard(hazard ? text(hazard.name) : id)
  })

  return (
    <div style={visuallyHidden} data-practicum-mirror="">
      <div role="status" aria-live="polite" aria-atomic="true">
        {step ? text(step.title) : ''}
        {hazardNames.length > 0 && `. ${hazardNames.join('. ')}`}
      </div>
      <div role="log" aria-live="polite">
        {captions.map((caption) => (
          <p key={caption.sound}>{labels.caption(text(caption.caption))}</p>
        ))}
      </div>
      {/* Keyed by step: the same refusal twice is announced twice. */}
      <div role="log" aria-live="assertive" data-testid="refusal">
        {refusal && labels.refusals && <p key={refusal.step}>{labels.refusals[refusal.reason]}</p>}
      </div>
      {/* One Tab stop for the whole list (a scene has hundreds of things): the arrows move in it. */}
      <ul aria-label={labels.interactables} {...roving.group}>
        {targets.map((target, i) => (
          <li key={target.id}>
            <button
              type="button"
              {...roving.item(2 * i)}
              onClick={() => rig.reach(target.id)}
              onFocus={() => {
                roving.item(2 * i).onFocus()
                if (focus) focus.current = target.id
              }}
              onBlur={() => focus && (focus.current = undefined)}
            >
              {labels.reach(buttonNames[i] ?? target.id)}
            </button>
            {labels.lookAt && (
              <button type="button" {...roving.item(2 * i + 1)} onClick={() => rig.lookAt(target.id)}>
                {labels.lookAt(buttonNames[i] ?? target.id)}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" aria-pressed={grip} onClick={() => rig.press('grip', true)}>
        {labels.grip}
      </button>
      <button type="button" aria-pressed={trigger} onClick={() => rig.press('trigger', !rig.trigger)}>
        {labels.trigger}
      </button>
      <ul aria-label={labels.moves}>
        <li>
          <button type="button" onClick={() => rig.twist(Math.PI / 2)}>
            {labels.twistLeft}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => rig.twist(-Math.PI / 2)}>
            {labels.twistRight}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => rig.rest()}>
            {labels.handRest}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => rig.face()}>
            {labels.handFace}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => rig.body()}>
            {labels.handBody}
          </button>
        </li>
        {labels.step &&
          (
            [
              [labels.step.forward, 1, 0],
              [labels.step.back, -1, 0],
              [labels.step.left, 0, -1],
              [labels.step.right, 0, 1],
            ] as const
          ).map(([name, forward, right]) => (
            <li key={name}>
              <button type="button" onClick={() => takeStep(rig, forward, right)}>
                {name}
              </button>
            </li>
          ))}
        {scenario.zones.map((zone) => (
          <li key={zone.id}>
            <button type="button" onClick={() => goTo(rig, scenario, zoneFloor(zone))}>
              {labels.walkTo(zone.name ? text(zone.name) : zone.id)}
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            onClick={() => goTo(rig, scenario, arrayToVec(scenario.learner.start.position))}
          >
            {labels.walkBack}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => sim.dispatch({ type: 'choose', choice: 'hint' })}>
            {labels.hint}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => sim.dispatch({ type: 'choose', choice: 'finish' })}>
            {labels.finish}
          </button>
        </li>
      </ul>
    </div>
  )
}

function arrayToVec([x, y, z]: readonly [number, number, number]): { x: number; y: number; z: number } {
  return { x, y, z }
}
