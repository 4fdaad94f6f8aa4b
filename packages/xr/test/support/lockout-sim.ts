import type { Sim } from '@practicum/sim'
import { shippedSim } from './shipped-sim.ts'

/** A core running lockout/tagout with its models' colliders, as the desktop loop page makes it. */
export const lockoutSim = (seed: number, mode: 'practice' | 'assessment' = 'assessment'): Promise<Sim> =>
  shippedSim('lockout-tagout', seed, mode)
