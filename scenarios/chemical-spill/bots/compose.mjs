// Expands a golden run (bots/golden/*.yaml: the segments it plays), or the expert's plan for a
// known case, into the plain list of bot commands that `practicum run --bot` reads, on standard
// output as JSON. Needs the packages built.
//
//   node scenarios/chemical-spill/bots/compose.mjs scenarios/chemical-spill/bots/golden/sawdust-on-oxidiser.yaml > /tmp/run.json
//   node packages/cli/dist/bin.js run scenarios/chemical-spill/scenario.yaml --bot /tmp/run.json --seed 3
//   node scenarios/chemical-spill/bots/compose.mjs expert corrosive > /tmp/expert.json
//   node packages/cli/dist/bin.js run scenarios/chemical-spill/scenario.yaml --bot /tmp/expert.json --seed 1
//
// (The expert itself, bots/expert.ts, decides from the SDS while it runs; a composed expert list
// is what it plays once the case is known: seed 1 is hydrochloric acid (corrosive), 3 hydrogen
// peroxide (no finding), 7 acetone (nitrileUnsuitable), 20 hydrochloric acid with the pierced drum
// (corrosive,emergency: the attempt ends at the assembly point; what follows is not played).)
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
  console.error('usage: compose.mjs <golden run .yaml> | compose.mjs expert [finding,finding]')
  process.exit(2)
}
const segments = readYaml(path.join(import.meta.dirname, 'segments.yaml'))
let run
if (file === 'expert') {
  const found = new Set((process.argv[3] ?? '').split(',').filter(Boolean))
  const { findings, plan } = readYaml(path.join(import.meta.dirname, 'expert-plan.yaml'))
  for (const finding of found) if (!findings[finding]) throw new Error(`no finding "${finding}"`)
  const play = plan.flatMap((item) => {
    if (typeof item === 'string') return [item]
    return found.has(item.when ?? item.unless) === 'when' in item ? item.play : []
  })
  run = { mode: 'assessment', play }
} else run = readYaml(file)
const commands = []
for (const name of run.play ?? []) {
  if (!segments[name]) throw new Error(`${file}: no segment "${name}" in segments.yaml`)
  commands.push(...segments[name])
}
console.log(JSON.stringify({ seed: run.seed, mode: run.mode, commands }, null, 2))
