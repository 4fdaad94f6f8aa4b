import { expect, it } from 'vitest'
import { evaluateCondition, type Environment } from '@practicum/sim'

// Literal numbers need nothing of the world: an environment that is never asked.
const env = new Proxy({} as Environment, {
  get: () => {
    throw new Error('a literal comparison asked the world')
  },
})

// A hinge stopped at its 90° limit reads 89.99999° in Rapier's 32-bit floats; a valve closed to its
// stop must count as closed (ge 90°). Found by the desktop keyboard path: valve P-1 never closed.
it('judges inclusive bounds (ge, le) equal to a millionth, strict ones (gt, lt) as before', () => {
  const stop = 1.5707962075856 // what Rapier reports at a 90° limit
  const quarter = Math.PI / 2
  expect(evaluateCondition({ ge: [stop, quarter] }, env)).toBe(true)
  expect(evaluateCondition({ le: [quarter, stop] }, env)).toBe(true)
  expect(evaluateCondition({ gt: [quarter, stop] }, env)).toBe(true)
  expect(evaluateCondition({ lt: [stop, quarter] }, env)).toBe(true)
  expect(evaluateCondition({ ge: [1.5707, quarter] }, env)).toBe(false)
  expect(evaluateCondition({ le: [quarter, 1.5707] }, env)).toBe(false)
  expect(evaluateCondition({ ge: [0, 1e-9] }, env)).toBe(true)
  expect(evaluateCondition({ ge: [0, 1e-5] }, env)).toBe(false)
})
