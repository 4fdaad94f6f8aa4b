import type { Sim } from '@practicum/sim'
import { shippedSim } from './shipped-sim.ts'

/** A core running the fire-extinguisher scenario with its models' colliders, as the desktop loop page makes it. */
export const fireSim = (seed: number): Promise<Sim> => shippedSim('fire-extinguisher', seed)
