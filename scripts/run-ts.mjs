// node scripts/run-ts.mjs <file.ts> [args…]: runs a TypeScript module's exported `main(args)` in
// plain Node through Vite's module runner, with workspace packages resolved to their source.
import path from 'node:path'
import { runnerImport } from 'vite'

const conditions = ['source', 'module', 'node', 'import', 'default']
const [file, ...args] = process.argv.slice(2)
if (!file) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args…]')
  process.exit(2)
}
const { module } = await runnerImport(path.resolve(file), {
  configFile: false,
  // runnerImport runs modules in its own "inline" environment: workspace packages go through Vite,
  // resolved to their TypeScript source; everything else is loaded by Node.
  environments: { inline: { resolve: { conditions, noExternal: [/^@practicum\//] } } },
  logLevel: 'error',
})
if (typeof module.main !== 'function') {
  console.error(`${file} exports no main(args) function`)
  process.exit(2)
}
process.exitCode = (await module.main(args)) ?? 0
