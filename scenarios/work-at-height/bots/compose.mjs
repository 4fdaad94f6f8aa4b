// Expands a golden run (bots/golden/*.yaml: the segments it plays), or the expert's plan for a
// known case, into the plain list of bot commands that `practicum run --bot` reads, on standard
// output as JSON. Needs the packages built.
//
//   node scenarios/work-at-height/bots/compose.mjs scenarios/work-at-height/bots/golden/climbed-untied.yaml > /tmp/run.json
//   node packages/cli/dist/bin.js run scenarios/work-at-height/scenario.yaml --bot /tmp/run.json --seed 1
//   node scenarios/work-at-height/bots/compose.mjs expert > /tmp/expert.json
//   node packages/cli/dist/bin.js run scenarios/work-at-height/scenario.yaml --bot /tmp/expert.json --seed 1
//
// (The expert itself, bots/expert.ts, decides from the harness inspection while it runs; a composed
// expert list is what it plays once the case is known: `compose.mjs expert damaged` for a case
// whose first harness has a defect.)
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
    if ('when' in item) return found.has(item.when) ? item.play : []
    return found.has(item.unless) ? [] : item.play
  })
  run = { mode: 'assessment', play }
} else run = readYaml(file)
const commands = []
for (const name of run.play ?? []) {
  if (!segments[name]) throw new Error(`${file}: no segment "${name}" in segments.yaml`)
  commands.push(...segments[name])
}
console.log(JSON.stringify({ seed: run.seed, mode: run.mode, commands }, null, 2))
