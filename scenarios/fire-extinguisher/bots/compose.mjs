// Expands a golden run (bots/golden/*.yaml: the segments it plays), or the expert's plan for a
// known fire, into the plain list of bot commands that `practicum run --bot` reads, on standard
// output as JSON. Needs the packages built.
//
//   node scenarios/fire-extinguisher/bots/compose.mjs scenarios/fire-extinguisher/bots/golden/water-on-fryer.yaml > /tmp/run.json
//   node packages/cli/dist/bin.js run scenarios/fire-extinguisher/scenario.yaml --bot /tmp/run.json --seed 6
//   node scenarios/fire-extinguisher/bots/compose.mjs expert bin > /tmp/expert.json
//   node packages/cli/dist/bin.js run scenarios/fire-extinguisher/scenario.yaml --bot /tmp/expert.json --seed 1
//
// (The expert itself, bots/expert.ts, looks at what burns and sweeps until the flames are gone; a
// composed expert list is what it plays once the fire is known, with a fixed number of sweeps,
// 3 unless given: seed 1 is the waste bin, 2 the electrical cabinet, 5 the solvent tray, 6 the fryer.)
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
  console.error(
    'usage: compose.mjs <golden run .yaml> | compose.mjs expert <bin|tray|cabinet|fryer> [sweeps]',
  )
  process.exit(2)
}
const segments = readYaml(path.join(import.meta.dirname, 'segments.yaml'))
let run
if (file === 'expert') {
  const plan = readYaml(path.join(import.meta.dirname, 'expert-plan.yaml'))
  const fire = plan.cases[process.argv[3] ?? '']
  if (!fire) throw new Error(`no fire "${process.argv[3]}"; one of ${Object.keys(plan.cases).join(', ')}`)
  const sweeps = Number(process.argv[4] ?? 3)
  const play = [...plan.start, fire.take, fire.approach, ...Array(sweeps).fill(fire.sweep), ...plan.finish]
  run = { mode: 'assessment', play }
} else run = readYaml(file)
const commands = []
for (const name of run.play ?? []) {
  if (!segments[name]) throw new Error(`${file}: no segment "${name}" in segments.yaml`)
  commands.push(...segments[name])
}
console.log(JSON.stringify({ seed: run.seed, mode: run.mode, commands }, null, 2))
