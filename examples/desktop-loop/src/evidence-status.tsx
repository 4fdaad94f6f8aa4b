import { useSyncExternalStore } from 'react'
import type { Evidence, EvidenceStatus } from './evidence.ts'

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
export function describeEvidence(status: EvidenceStatus): { text: string; state: string } {
  switch (status.kind) {
    case 'off':
      return {
        state: 'off',
        text: 'Evidence: not sent, no LRS in the launch (npm start prints an address with one). The recording can be downloaded.',
      }
    case 'starting':
      return { state: 'starting', text: 'Evidence: opening the statement queue…' }
    case 'broken':
      return {
        state: 'broken',
        text: `Evidence: ${status.error}. Download the recording to keep this attempt.`,
      }
    case 'live': {
      const { sent, queued, failed, lastError } = status.transport
      const parts = [`Evidence: ${sent} sent`, `${queued} queued`]
      if (failed) parts.push(`${failed} refused by the LRS and kept (see the browser console)`)
      if (lastError && queued > 0)
        return {
          state: 'unreachable',
          text: `${parts.join(', ')}. LRS unreachable (${lastError}): keep playing, nothing is lost; statements wait on this device and go when the LRS answers.`,
        }
      return { state: queued > 0 ? 'sending' : 'sent', text: parts.join(', ') }
    }
  }
}

/** A small visible status of the attempt's evidence, announced politely to screen readers. */
export function EvidenceStatusLine({ evidence }: { evidence: Evidence }) {
  const status = useSyncExternalStore(evidence.subscribe, evidence.status)
  const { text, state } = describeEvidence(status)
  return (
    <p style={box} role="status" aria-live="polite" data-testid="evidence" data-state={state}>
      {text}
    </p>
  )
}
