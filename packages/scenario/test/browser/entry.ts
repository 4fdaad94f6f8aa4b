// Bundled for the browser by test/browser.test.ts: the public entry, exposed on globalThis.
import { contentHash, formatText, loadScenario, type ScenarioReader } from '@practicum/scenario'

async function load(files: Record<string, number[]>, file: string) {
  const reader: ScenarioReader = {
    readFile: async (path) => (files[path] ? new Uint8Array(files[path]) : undefined),
  }
  const result = await loadScenario(file, reader)
  if (!result.ok) return { ok: false, problems: result.problems }
  return {
    ok: true,
    hash: result.hash,
    scenarioJson: JSON.stringify(result.scenario),
    bareHash: contentHash(result.scenario),
    french: formatText(result.scenario, 't.o2Reading', { value: 0.195, place: 'la fosse' }, 'fr'),
  }
}

Object.assign(globalThis, { practicumScenario: { load } })
