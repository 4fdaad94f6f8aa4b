import RAPIER from '@dimforge/rapier3d-compat'
import type { Rapier } from '@practicum/sim'

/** The one Rapier module of this process (the deterministic build, through the workspace override), initialised. */
export async function loadRapier(): Promise<Rapier> {
  // Rapier's own init warns about wasm-bindgen's deprecated signature; that is not the user's to fix.
  const warn = console.warn
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('deprecated parameters for the initialization')) warn(...args)
  }
  try {
    await RAPIER.init()
  } finally {
    console.warn = warn
  }
  return RAPIER
}
