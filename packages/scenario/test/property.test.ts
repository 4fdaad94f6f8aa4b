import { describe, expect, it } from 'vitest'
import { parseScenario, type Problem } from '@practicum/scenario'
import { fixtureNames, fixtureText, validateText } from './support/fixtures.ts'
import { mutateData, mutateText, seededRandom } from './support/mutate.ts'

// A longer run: PRACTICUM_FUZZ_COUNT=200000 PRACTICUM_FUZZ_SEED=7 pnpm vitest run --project scenario property
const count = Number(process.env['PRACTICUM_FUZZ_COUNT'] ?? 10_000)
const seed = Number(process.env['PRACTICUM_FUZZ_SEED'] ?? 20_261_129)

function unlocated(problem: Problem): boolean {
  return !(
    problem.line >= 1 &&
    problem.column >= 1 &&
    problem.message.length > 0 &&
    problem.hint.length > 0 &&
    problem.path.length > 0
  )
}

describe('mutations of valid fixtures', () => {
  it(`${count} seeded mutations: no crash, every problem located`, { timeout: 600_000 }, () => {
    const random = seededRandom(seed)
    const sources = fixtureNames('valid').map((name) => ({ name, text: fixtureText('valid', name) }))
    for (const source of sources) expect(source.text.split('\n').length).toBeLessThanOrEqual(300)
    const datas = sources.map((source) => parseScenario(source.text).data)
    const large = sources.findIndex((source) => source.name === 'every-node.yaml')
    const small = sources.map((_, index) => index).filter((index) => index !== large)
    const failures: string[] = []
    let invalid = 0
    const started = performance.now()
    for (let i = 0; i < count; i++) {
      // The large every-node fixture costs about four small ones to parse: it gets a fifth of the mutations.
      const index = random() < 0.2 ? large : (small[Math.floor(random() * small.length)] ?? 0)
      const source = sources[index]
      if (!source) continue
      let text = source.text
      if (random() < 0.7) {
        const rounds = 1 + Math.floor(random() * 3)
        for (let round = 0; round < rounds; round++) text = mutateText(text, random)
      } else text = mutateData(datas[index], random)
      let problems: readonly Problem[]
      try {
        const result = validateText(text, source.name)
        if (!result.ok && result.problems.length === 0) failures.push(`#${i}: invalid with no problem`)
        problems = result.problems
      } catch (error) {
        failures.push(
          `#${i} (${source.name}) crashed: ${error instanceof Error ? error.stack : String(error)}\n${text}`,
        )
        continue
      }
      if (problems.length) invalid++
      const bad = problems.find(unlocated)
      if (bad) failures.push(`#${i} (${source.name}) unlocated: ${JSON.stringify(bad)}`)
      if (failures.length >= 5) break
    }
    const seconds = (performance.now() - started) / 1000
    console.log(
      `property test: ${count} mutations (seed ${seed}) in ${seconds.toFixed(1)} s, ${invalid} gave located problems, ${failures.length} failures`,
    )
    expect(failures).toEqual([])
    expect(invalid).toBeGreaterThan(count / 2)
  })
})
