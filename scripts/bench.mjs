// pnpm bench [--smoke] [--large] [filter…]
// Runs every packages/*/bench/*.bench.ts (and scenarios/*/bench/*.bench.ts). Each exports
// `run(options: { smoke: boolean; large: boolean; log: (line: string) => void }): Promise<void>`
// and prints its own numbers. --smoke runs each once, quickly, so no benchmark rots in CI.
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { runnerImport } from 'vite'

const root = path.resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const smoke = args.includes('--smoke')
const large = args.includes('--large')
const filters = args.filter((arg) => !arg.startsWith('--'))
const conditions = ['source', 'module', 'node', 'import', 'default']

export function benchFiles(cwd = root) {
  const files = []
  for (const top of ['packages', 'scenarios']) {
    if (!existsSync(path.join(cwd, top))) continue
    for (const name of readdirSync(path.join(cwd, top))) {
      const dir = path.join(top, name, 'bench')
      if (!existsSync(path.join(cwd, dir))) continue
      for (const file of readdirSync(path.join(cwd, dir)))
        if (file.endsWith('.bench.ts')) files.push(`${dir}/${file}`)
    }
  }
  return files.sort()
}

const files = benchFiles().filter(
  (file) => filters.length === 0 || filters.some((filter) => file.includes(filter)),
)
let failed = 0
for (const file of files) {
  const started = performance.now()
  console.log(`\n▶ ${file}${smoke ? ' (smoke)' : ''}`)
  try {
    const { module } = await runnerImport(path.join(root, file), {
      root,
      configFile: false,
      environments: { inline: { resolve: { conditions, noExternal: [/^@practicum\//] } } },
      logLevel: 'error',
    })
    if (typeof module.run !== 'function') throw new Error(`${file} exports no run(options) function`)
    await module.run({ smoke, large, log: (line) => console.log(`  ${line}`) })
    console.log(`✔ ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  } catch (error) {
    failed++
    console.error(`✘ ${file}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  }
}
console.log(`\nbenchmarks: ${files.length - failed} ran, ${failed} failed`)
process.exitCode = failed ? 1 : 0
