// Scripted learners for fixtures/press-lockout.yaml.
import type { BotCommand } from '@practicum/sim'

const quarterTurn = Math.PI / 2
export const shutDown: BotCommand[] = [
  { walkTo: [2, 0, 2.5] },
  { walkTo: [2, 0, 0.3] },
  { reach: { hand: 'right', to: 'disconnect' } },
  { trigger: 'right' },
]
export const closeValve: BotCommand[] = [
  { walkTo: [2, 0, 2.5] },
  { walkTo: [-1.6, 0, 2.5] },
  { walkTo: [-1.6, 0, 1.3] },
  { reach: { hand: 'right', to: 'wheel' } },
  { grip: 'right' },
  { turn: { hand: 'right', by: quarterTurn, axis: [0, 0, 1] } },
  { release: 'right' },
  { walkTo: [-1.6, 0, 2.5] },
]
export const lockOut: BotCommand[] = [
  { walkTo: [2.6, 0, 2.5] },
  { walkTo: [2.6, 0, 2.2] },
  { reach: { hand: 'left', to: 'lock' } },
  { grip: 'left' },
  { walkTo: [2, 0, 2.5] },
  { walkTo: [2, 0, 0.6] },
  { reach: { hand: 'left', to: 'hasp' } },
  { wait: 0.2 },
  { release: 'left' },
  { walkTo: [2, 0, 2.5] },
]
export const enter: BotCommand[] = [{ walkTo: [0, 0, 2.5] }, { walkTo: [0, 0, 1] }]

export const expert: BotCommand[] = [...shutDown, ...closeValve, ...lockOut, ...enter]
