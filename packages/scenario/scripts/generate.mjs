// pnpm --filter @practicum/scenario generate
// Regenerates schema/scenario.schema.json and docs/reference.md from the model (src/model).
// Node 20 cannot run .ts, so the source is loaded through Vite's module runner (as scripts/bench.mjs does).
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { format, resolveConfig } from 'prettier'
import { runnerImport } from 'vite'

const packageDir = path.resolve(import.meta.dirname, '..')
const { module } = await runnerImport(path.join(packageDir, 'src/index.ts'), {
  root: packageDir,
  configFile: false,
  logLevel: 'error',
})
const schemaFile = path.join(packageDir, 'schema/scenario.schema.json')
// Formatted as the repository's Prettier config would, so `prettier --check` agrees with the generator.
const schemaText = await format(JSON.stringify(module.scenarioJsonSchema()), {
  ...(await resolveConfig(schemaFile)),
  parser: 'json',
})
const outputs = {
  'schema/scenario.schema.json': schemaText,
  'docs/reference.md': module.scenarioReference(),
}
for (const [file, text] of Object.entries(outputs)) {
  writeFileSync(path.join(packageDir, file), text)
  console.log(`wrote ${file}`)
}
