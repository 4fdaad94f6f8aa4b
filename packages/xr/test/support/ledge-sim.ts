import type { Sim } from '@practicum/sim'
import { fixtureSim } from './fixture-sim.ts'

/** A core with the learner on a 2 m platform: walking off its edge is a fall (`fell`). */
export function ledgeSim(): Promise<Sim> {
  return fixtureSim('ledge.yaml')
}
