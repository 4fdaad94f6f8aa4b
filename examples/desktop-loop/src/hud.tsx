import { formatText, type Scenario } from '@practicum/scenario'
import type { RejectionReason } from '@practicum/sim'
import { textScale, useRuntimeState, type HudText, type RuntimeStore, type TextSize } from '@practicum/xr'

const panel = {
  position: 'absolute',
  top: 12,
  left: 12,
  maxWidth: 420,
  padding: '10px 14px',
  background: 'rgba(20, 22, 28, 0.85)',
  borderRadius: 6,
  lineHeight: 1.4,
} as const

/**
 * What a sighted learner reads on desktop, in the learner's language and text size. It is hidden
 * from assistive technology: the AccessibleMirror announces the same things, once.
 */
export function Hud({
  scenario,
  store,
  locale,
  words,
  refusals,
  textSize,
}: {
  scenario: Scenario
  store: RuntimeStore
  locale: string
  words: HudText
  /** What to say when the core refuses an action. */
  refusals: Readonly<Record<RejectionReason, string>> | undefined
  textSize: TextSize
}) {
  const text = (key: string) => formatText(scenario, key, {}, locale)
  const currentStep = useRuntimeState(store, (state) => state.currentStep)
  const hazards = useRuntimeState(store, (state) => state.hazards)
  const outcome = useRuntimeState(store, (state) => state.outcome)
  const captions = useRuntimeState(store, (state) => state.captions)
  const refusal = useRuntimeState(store, (state) => state.refusal)
  const step = scenario.procedure.steps.find((candidate) => candidate.id === currentStep)
  return (
    <div style={{ ...panel, fontSize: `${textScale(textSize)}rem` }} aria-hidden="true" data-testid="hud">
      <strong>{text(scenario.title)}</strong>
      <p data-testid="instruction">{step ? text(step.title) : ''}</p>
      {hazards.map((id) => {
        const hazard = scenario.hazards.find((candidate) => candidate.id === id)
        // Shape and words as well as colour: the triangle and the text carry the warning.
        return (
          <p key={id} style={{ color: '#ffcc4d' }}>
            ⚠ {hazard ? text(hazard.name) : id}
          </p>
        )
      })}
      {captions.map((caption) => (
        <p key={caption.sound}>
          <em>♪ {text(caption.caption)}</em>
        </p>
      ))}
      {refusal && refusals && (
        <p data-testid="refusal" style={{ color: '#9fd3ff' }}>
          ✋ {refusals[refusal.reason]}
        </p>
      )}
      {outcome && <p data-testid="outcome">{words.outcome[outcome]}</p>}
      <small>{words.controls}</small>
    </div>
  )
}
