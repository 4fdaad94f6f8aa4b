import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Sim } from '@practicum/sim'
import { initialRuntimeState, reduceRuntimeState, type RuntimeState } from './runtime-state.ts'

export type RuntimeStore = StoreApi<RuntimeState>

/** A zustand store of the interface state, empty until connected to a core. */
export function createRuntimeStore(): RuntimeStore {
  return createStore<RuntimeState>()(() => initialRuntimeState)
}

/**
 * Feeds `store` from `sim`: it first catches up on every event so far (a store connected late, or
 * twice under React StrictMode, ends in the same state), then follows new ones. Returns the
 * disconnect function.
 */
export function connectRuntimeStore(store: RuntimeStore, sim: Sim): () => void {
  let state = initialRuntimeState
  for (const event of sim.events()) state = reduceRuntimeState(state, event)
  store.setState(state, true)
  return sim.subscribe((event) => {
    const current = store.getState()
    const next = reduceRuntimeState(current, event)
    if (next !== current) store.setState(next, true)
  })
}
