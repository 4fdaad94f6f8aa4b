import { useEffect, useRef, useState } from 'react'
import { useStore } from 'zustand'
import type { Sim, SimEvent } from '@practicum/sim'
import type { RuntimeState } from './runtime-state.ts'
import { connectRuntimeStore, createRuntimeStore, type RuntimeStore } from './runtime-store.ts'

/** A runtime store fed by `sim` for as long as the calling component is mounted. */
export function useRuntimeStore(sim: Sim): RuntimeStore {
  const [store] = useState(createRuntimeStore)
  useEffect(() => connectRuntimeStore(store, sim), [store, sim])
  return store
}

/** The id of the step the learner is asked to do now, if any. */
export function useCurrentStep(store: RuntimeStore): string | undefined {
  return useStore(store, (state) => state.currentStep)
}

/** The hazards live now. */
export function useHazards(store: RuntimeStore): readonly string[] {
  return useStore(store, (state) => state.hazards)
}

/** Any slice of the runtime state. */
export function useRuntimeState<T>(store: RuntimeStore, selector: (state: RuntimeState) => T): T {
  return useStore(store, selector)
}

/**
 * Calls `listener` on every core event while mounted (for sounds, haptics, evidence in the app).
 * The latest `listener` is used without resubscribing, so an inline function is fine.
 */
export function useSimEvent(sim: Sim, listener: (event: SimEvent) => void): void {
  const latest = useRef(listener)
  useEffect(() => {
    latest.current = listener
  })
  useEffect(() => sim.subscribe((event) => latest.current(event)), [sim])
}
