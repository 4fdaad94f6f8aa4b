import { ESLint } from 'eslint'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const eslint = new ESLint({ cwd: root })

async function lintSim(code: string, file = 'packages/sim/src/fixture.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'practicum/deterministic').map((m) => m.message)
}

describe('practicum/deterministic in packages/sim/src', () => {
  it.each([
    ['Math.random()', 'Math.random is not reproducible'],
    ['Math.sin(1)', 'Math.sin may differ'],
    ['Math.atan2(1, 2)', 'Math.atan2 may differ'],
    ['Math.pow(2, 0.5)', 'Math.pow may differ'],
    ['Math.exp(1)', 'Math.exp may differ'],
    ['2 ** 0.5', 'non-integer power'],
    ['Date.now()', 'Date is a wall clock'],
    ['new Date()', 'Date is a wall clock'],
    ['performance.now()', 'performance is a wall clock'],
    ['setTimeout(() => {}, 1)', 'setTimeout is timer scheduling'],
    ['crypto.getRandomValues(new Uint8Array(4))', 'crypto is unseeded randomness'],
  ])('rejects %s', async (expression, message) => {
    expect(await lintSim(`export const value = ${expression}\n`)).toEqual([expect.stringContaining(message)])
  })

  it('accepts correctly rounded operations and integer powers', async () => {
    expect(
      await lintSim(
        'export const value = Math.sqrt(2) + Math.abs(-1) + Math.floor(1.5) + Math.imul(3, 5) + 3 ** 2\n',
      ),
    ).toEqual([])
  })

  it('leaves tests and other packages alone', async () => {
    expect(await lintSim('export const t = performance.now()\n', 'packages/sim/test/fixture.ts')).toEqual([])
    expect(await lintSim('export const t = Math.sin(Date.now())\n', 'packages/xr/src/fixture.ts')).toEqual([])
  })
})
