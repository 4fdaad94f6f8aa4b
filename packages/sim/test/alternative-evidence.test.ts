import { expect, it } from 'vitest'
import type { SimEvent } from '@practicum/sim'
import { buttonRoom, pressButtonAt, RAPIER } from './support/button-room.ts'

// Two buttons, two alternatives (`oneOf`): stay and work, or leave. Each step gives evidence of one
// competency. An attempt that takes one alternative well shows the competency; the step of the
// alternative it did not take is no evidence either way. (It counted as missed: the confined-space
// expert that rightly evacuated got its entry-controls competency failed, and a chemical-spill
// emergency response would have got its clean-up competency failed.)
it('leaves the steps of an alternative not taken out of the competencies', async () => {
  await RAPIER.init()
  const sim = buttonRoom(
    [
      { id: 'workButton', x: '-0.3 m', sets: 'working' },
      { id: 'leaveButton', x: '0.3 m', sets: 'leaving' },
    ],
    {
      steps: [
        { id: 'stay', doneWhen: { flag: 'working' } },
        { id: 'go', doneWhen: { flag: 'leaving' } },
      ],
      flow: { oneOf: ['stay', 'go'] },
    },
    [
      { competency: 'judgement', step: 'stay' },
      { competency: 'judgement', step: 'go' },
    ],
  )
  const events: SimEvent[] = []
  sim.subscribe((event) => events.push(event))
  pressButtonAt(sim, 0.3)
  const end = events.find((event) => event.type === 'attempt-ended')
  expect(end).toMatchObject({
    outcome: 'passed',
    score: 1,
    points: 1,
    maxPoints: 1,
    competencies: [
      {
        id: 'judgement',
        score: 1,
        success: true,
        evidence: [{ kind: 'step', id: 'go', shown: true, weight: 1 }],
      },
    ],
  })
  sim.dispose()
})
