import { useState } from 'react'
import { Container, Text, type FontFamilies } from '@react-three/uikit'
import { formatText } from '@practicum/scenario'
import type { Sim } from '@practicum/sim'
import { localeNames, runtimeText } from '../i18n/runtime-text.ts'
import { useRuntimeState, useSimEvent } from '../state/hooks.ts'
import type { RuntimeStore } from '../state/runtime-store.ts'
import { AttemptTimer } from './attempt-timer.tsx'
import { HazardAlert } from './hazard-alert.tsx'
import { MarkedLine } from './marked-line.tsx'
import { offeredChoices } from './offered-choices.ts'
import { PanelButton } from './panel-button.tsx'
import { panelColors } from './panel-colors.ts'
import { panelFontFamilies } from './panel-font.ts'
import { ProcedureChecklist } from './procedure-checklist.tsx'
import { stepTextSize, textScale, type TextSize } from './text-size.ts'

/** Font sizes of the panel at text size `medium`, in uikit pixels. */
export const panelFontSizes = { title: 24, body: 18, small: 15 } as const

/**
 * The name of the panel's root object; its `userData` holds the current step's id (`step`) and the
 * instruction drawn (`instruction`).
 */
export const inWorldPanelName = 'in-world-panel'

/** Checklist lines shown at once. */
const checklistLength = 6

export interface InWorldPanelProps {
  sim: Sim
  store: RuntimeStore
  /** The language of the scenario's words and the runtime's own. @defaultValue the scenario's default locale */
  locale?: string
  /** @defaultValue 'medium' */
  textSize?: TextSize
  /** Offers the scenario's locales when given. */
  onLocaleChange?: (locale: string) => void
  /** Offers smaller/larger text when given. */
  onTextSizeChange?: (size: TextSize) => void
  /** Whether the core's steps are paused (the app passes the same to `<ScenarioScene paused>`). */
  paused?: boolean
  /** Offers a pause/resume button when given. */
  onPausedChange?: (paused: boolean) => void
  /** Where the panel stands, in the parent's frame. @defaultValue [0, 1.5, -1] */
  position?: readonly [number, number, number]
  /** @defaultValue [0, 0, 0] */
  rotation?: readonly [number, number, number]
  /** Metres per uikit pixel. @defaultValue 0.001 (the 560 px wide panel is 0.56 m) */
  pixelSize?: number
  /** @defaultValue panelFontFamilies (Noto Sans, every shipped character) */
  fontFamilies?: FontFamilies
}

function lastHint(sim: Sim): string | undefined {
  const events = sim.events()
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]
    if (event?.type === 'hint') return event.message
  }
  return undefined
}

/**
 * The learner's panel in the world (uikit, not HTML), for desktop and VR alike: the current
 * instruction, the procedure checklist in practice mode, live hazards (shape, words and colour), the
 * attempt's time, the captions of the sounds playing, the last hint, and the `choose` actions the
 * core offers (hint, finish), with optional language, text size and pause controls. It renders
 * only on the core's events; the timer changes its text without React.
 *
 * @example
 * <Canvas>
 *   <InWorldPanel sim={sim} store={store} locale="fr" textSize="large" position={[0, 1.4, -0.8]} />
 * </Canvas>
 */
export function InWorldPanel({
  sim,
  store,
  locale,
  textSize = 'medium',
  onLocaleChange,
  onTextSizeChange,
  paused = false,
  onPausedChange,
  position = [0, 1.5, -1],
  rotation = [0, 0, 0],
  pixelSize = 0.001,
  fontFamilies = panelFontFamilies,
}: InWorldPanelProps) {
  const { scenario } = sim
  const shownLocale = locale ?? scenario.locales.default
  const words = runtimeText(shownLocale).panel
  const text = (key: string) => formatText(scenario, key, {}, shownLocale)
  const scale = textScale(textSize)
  const title = panelFontSizes.title * scale
  const body = panelFontSizes.body * scale
  const small = panelFontSizes.small * scale

  const currentStep = useRuntimeState(store, (state) => state.currentStep)
  const completed = useRuntimeState(store, (state) => state.completedSteps)
  const hazards = useRuntimeState(store, (state) => state.hazards)
  const captions = useRuntimeState(store, (state) => state.captions)
  const outcome = useRuntimeState(store, (state) => state.outcome)
  const [hint, setHint] = useState(() => lastHint(sim))
  useSimEvent(sim, (event) => {
    if (event.type === 'hint') setHint(event.message)
  })

  const step = scenario.procedure.steps.find((candidate) => candidate.id === currentStep)
  const { steps } = scenario.procedure
  // A window of the procedure: the step before the current one and the next few.
  const first = Math.max(0, steps.findIndex((candidate) => candidate.id === currentStep) - 1)
  const checklist =
    sim.mode === 'practice'
      ? steps.slice(first, first + checklistLength).map((candidate) => ({
          id: candidate.id,
          title: text(candidate.title),
          done: completed.includes(candidate.id),
          current: candidate.id === currentStep,
        }))
      : []

  return (
    <group
      name={inWorldPanelName}
      // What the panel shows, for probes and tests: its text is glyphs on a texture.
      userData={{ step: step?.id, instruction: step ? text(step.title) : '' }}
      position={position as [number, number, number]}
      rotation={rotation as [number, number, number]}
    >
      <Container
        pixelSize={pixelSize}
        width={560}
        flexDirection="column"
        gap={body * 0.6}
        padding={body}
        borderRadius={body * 0.6}
        backgroundColor={panelColors.background}
        fontFamilies={fontFamilies}
        fontFamily="notoSans"
      >
        <Container flexDirection="row" justifyContent="space-between" alignItems="center" gap={body}>
          <Text fontSize={title} color={panelColors.text} flexGrow={1} flexShrink={1} flexBasis={0}>
            {text(scenario.title)}
          </Text>
          <AttemptTimer sim={sim} label={words.timer} fontSize={small} color={panelColors.muted} />
        </Container>
        <Container flexDirection="column" gap={small * 0.3}>
          <Text fontSize={small} color={panelColors.muted}>
            {words.instruction}
          </Text>
          <Text fontSize={body} color={panelColors.text}>
            {step ? text(step.title) : ''}
          </Text>
        </Container>
        {hazards.map((id) => {
          const hazard = scenario.hazards.find((candidate) => candidate.id === id)
          return (
            <HazardAlert key={id} label={words.hazard(hazard ? text(hazard.name) : id)} fontSize={body} />
          )
        })}
        {captions.map((caption) => (
          <MarkedLine
            key={caption.sound}
            markerSize={body * 0.8}
            fontSize={body}
            marker={
              <Container
                width={body * 0.8}
                height={body * 0.8}
                borderRadius={body * 0.4}
                borderWidth={3}
                borderColor={panelColors.sound}
              />
            }
          >
            <Text fontSize={body} color={panelColors.sound}>
              {words.caption(text(caption.caption))}
            </Text>
          </MarkedLine>
        ))}
        {hint !== undefined && (
          <Text fontSize={body} color={panelColors.text}>
            {words.hint(text(hint))}
          </Text>
        )}
        {outcome && (
          <Text fontSize={title} color={panelColors.text}>
            {words.outcome[outcome]}
          </Text>
        )}
        {checklist.length > 0 && (
          <ProcedureChecklist
            heading={`${words.checklist} ${completed.length}/${steps.length}`}
            doneWord={words.done}
            items={checklist}
            fontSize={small}
          />
        )}
        <Container flexDirection="row" flexWrap="wrap" gap={small * 0.6}>
          {offeredChoices(sim).map((choice) => (
            <PanelButton
              key={choice}
              label={words.choices[choice]}
              fontSize={small}
              onClick={() => sim.dispatch({ type: 'choose', choice })}
            />
          ))}
          {onPausedChange && (
            <PanelButton
              label={paused ? words.resume : words.pause}
              fontSize={small}
              selected={paused}
              onClick={() => onPausedChange(!paused)}
            />
          )}
          {onTextSizeChange && (
            <>
              <PanelButton
                label={words.smaller}
                fontSize={small}
                onClick={() => onTextSizeChange(stepTextSize(textSize, -1))}
              />
              <PanelButton
                label={words.larger}
                fontSize={small}
                onClick={() => onTextSizeChange(stepTextSize(textSize, 1))}
              />
            </>
          )}
          {onLocaleChange &&
            scenario.locales.available.length > 1 &&
            scenario.locales.available.map((available) => (
              <PanelButton
                key={available}
                label={localeNames[available] ?? available}
                fontSize={small}
                selected={available === shownLocale}
                onClick={() => onLocaleChange(available)}
              />
            ))}
        </Container>
      </Container>
    </group>
  )
}
