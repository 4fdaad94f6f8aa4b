// Checks every packages/*/package.json against tools/dependency-rule.json.
// Usage: node tools/check-package-deps.mjs [package.json …]  (default: every workspace package)
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { allowedEdge, packageOfSpecifier, isUniversal, forbiddenModuleMatch } from './dependency-rule.mjs'

const root = path.resolve(import.meta.dirname, '..')

/** Problems of one manifest of package `pkg` (the folder name under packages/). */
export function checkManifest(manifest, pkg) {
  const problems = []
  const sections = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies']
  for (const section of sections) {
    for (const name of Object.keys(manifest[section] ?? {})) {
      const to = packageOfSpecifier(name)
      if (to) {
        const allowed = allowedEdge(pkg, to)
        if (allowed === 'none') problems.push(`${section}: @practicum/${pkg} may not depend on ${name}`)
        if (allowed === 'type' && section !== 'devDependencies' && section !== 'dependencies') {
          problems.push(`${section}: @practicum/${pkg} may use ${name} for types only`)
        }
      } else if (isUniversal(pkg) && section !== 'devDependencies' && forbiddenModuleMatch(name)) {
        problems.push(
          `${section}: @practicum/${pkg} runs in Node and browsers alike and may not depend on ${name}`,
        )
      }
    }
  }
  return problems
}

function workspaceManifests() {
  const dir = path.join(root, 'packages')
  return readdirSync(dir)
    .map((name) => path.join(dir, name, 'package.json'))
    .filter((file) => existsSync(file))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files =
    process.argv.length > 2 ? process.argv.slice(2).map((f) => path.resolve(f)) : workspaceManifests()
  let failed = 0
  for (const file of files) {
    const pkg = path.basename(path.dirname(file))
    for (const problem of checkManifest(JSON.parse(readFileSync(file, 'utf8')), pkg)) {
      console.error(`${path.relative(root, file)}: ${problem} (tools/dependency-rule.json)`)
      failed++
    }
  }
  if (failed) process.exit(1)
  console.log(`package dependencies: ${files.length} manifests follow the dependency rule`)
}
