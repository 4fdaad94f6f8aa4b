// Reads tools/dependency-rule.json and answers the questions both enforcers ask.
import { readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'

const rule = JSON.parse(readFileSync(new URL('./dependency-rule.json', import.meta.url), 'utf8'))

export const scope = rule.scope
export const packageNames = Object.keys(rule.packages)
export const forbiddenModulePatterns = rule.universal.forbiddenModules
export const forbiddenGlobals = rule.universal.forbiddenGlobals

/** The package a repository-relative path belongs to, or undefined. */
export function packageOfPath(relativePath) {
  const match = /^packages\/([^/]+)\//.exec(relativePath.replaceAll('\\', '/'))
  return match?.[1]
}

/** The workspace package a module specifier names (`@practicum/sim/internals` → `sim`), or undefined. */
export function packageOfSpecifier(specifier) {
  const prefix = `${scope}/`
  if (!specifier.startsWith(prefix)) return undefined
  return specifier.slice(prefix.length).split('/')[0]
}

export function isUniversal(pkg) {
  return rule.packages[pkg]?.universal === true
}

/**
 * How `from` may import `to`: 'value', 'type' (type-only) or 'none'.
 * A package always may import itself.
 */
export function allowedEdge(from, to) {
  if (from === to) return 'value'
  const entry = rule.packages[from]
  if (!entry) return 'none'
  if (entry.imports.includes(to)) return 'value'
  if (entry.typeOnlyImports?.includes(to)) return 'type'
  return 'none'
}

/** Every (from, to) pair the rule forbids outright or allows for types only. */
export function restrictedEdges() {
  const edges = []
  for (const from of packageNames) {
    for (const to of packageNames) {
      const allowed = allowedEdge(from, to)
      if (allowed !== 'value') edges.push({ from, to, allowed })
    }
  }
  return edges
}

const builtins = new Set(builtinModules.filter((name) => !name.startsWith('_')))

function matchesPattern(specifier, pattern) {
  if (pattern === '<node-builtin>') return builtins.has(specifier) || builtins.has(specifier.split('/')[0])
  if (pattern.endsWith('/*')) return specifier.startsWith(pattern.slice(0, -1))
  if (pattern.endsWith('*')) return specifier.startsWith(pattern.slice(0, -1))
  return specifier === pattern
}

/** The forbidden-module pattern a universal package's import matches, or undefined. */
export function forbiddenModuleMatch(specifier) {
  return forbiddenModulePatterns.find((pattern) => matchesPattern(specifier, pattern))
}
