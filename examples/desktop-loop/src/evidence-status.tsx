import { useSyncExternalStore } from 'react'
import type { Evidence, EvidenceStatus } from './evidence.ts'
import type { PageText } from './page-text.ts'

const box = {
  position: 'absolute',
  left: 12,
  bottom: 12,
  maxWidth: 460,
  padding: '6px 10px',
  background: 'rgba(20, 22, 28, 0.85)',
  borderRadius: 6,
  fontSize: 14,
  // It informs, it takes no input: a click or tap goes through to the scene.
  pointerEvents: 'none',
} as const

/** The evidence line in words: what was sent, what waits, and what to do when the LRS is away. */
export function describeEvidence(
  status: EvidenceStatus,
  words: PageText['evidence'],
): { text: string; state: string } {
  switch (status.kind) {
    case 'off':
      return { state: 'off', text: words.off }
    case 'starting':
      return { state: 'starting', text: words.starting }
    case 'broken':
      return { state: 'broken', text: words.broken(status.error) }
    case 'live': {
      const { sent, queued, failed, lastError } = status.transport
      const parts = [words.counts(sent, queued)]
      if (failed) parts.push(words.refused(failed))
      if (lastError && queued > 0)
        return { state: 'unreachable', text: `${parts.join(', ')}. ${words.unreachable(lastError)}` }
      return { state: queued > 0 ? 'sending' : 'sent', text: parts.join(', ') }
    }
  }
}

/** A small visible status of the attempt's evidence, announced politely to screen readers. */
export function EvidenceStatusLine({ evidence, words }: { evidence: Evidence; words: PageText['evidence'] }) {
  const status = useSyncExternalStore(evidence.subscribe, evidence.status)
  const { text, state } = describeEvidence(status, words)
  return (
    <p style={box} role="status" aria-live="polite" data-testid="evidence" data-state={state}>
      {text}
    </p>
  )
}
