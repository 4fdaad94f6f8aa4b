// Expands a golden run (bots/golden/*.yaml: the segments it plays) into the plain list of bot
// commands that `practicum run --bot` reads, on standard output as JSON. Needs the packages built.
//
//   node scenarios/lockout-tagout/bots/compose.mjs scenarios/lockout-tagout/bots/golden/missed-air-supply.yaml > /tmp/run.json
//   node packages/cli/dist/bin.js run scenarios/lockout-tagout/scenario.yaml --bot /tmp/run.json --seed 2
//
// (The expert decides from the instruments while it runs, so it is a program, bots/expert.ts,
// run by the tests and the bench, not a fixed list.)
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { formatProblem, parseScenario } from '@practicum/scenario'

function readYaml(file) {
  const parsed = parseScenario(readFileSync(file, 'utf8'), { file })
  if (parsed.problems.length) throw new Error(parsed.problems.map((p) => formatProblem(p)).join('\n'))
  return parsed.data
}

const file = process.argv[2]
if (!file) {
  console.error('usage: compose.mjs <golden run .yaml>')
  process.exit(2)
}
const segments = readYaml(path.join(import.meta.dirname, 'segments.yaml'))
const run = readYaml(file)
const commands = []
for (const name of run.play ?? []) {
  if (!segments[name]) throw new Error(`${file}: no segment "${name}" in segments.yaml`)
  commands.push(...segments[name])
}
console.log(JSON.stringify({ seed: run.seed, mode: run.mode, commands }, null, 2))
