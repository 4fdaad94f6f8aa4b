import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

const scenarioExtensions = ['.yaml', '.yml', '.json']

/** True when a file found in a directory looks like a scenario: it names the schema or has a top-level schemaVersion. */
export async function looksLikeScenario(file: string): Promise<boolean> {
  if (!scenarioExtensions.includes(path.extname(file))) return false
  const text = await readFile(file, 'utf8').catch(() => '')
  return (
    /scenario\.schema\.json/.test(text) ||
    /^schemaVersion\s*:/m.test(text) ||
    /^\s*\{?\s*"schemaVersion"\s*:/m.test(text)
  )
}

/** Result of {@link collectFiles}. */
export interface CollectedFiles {
  readonly files: string[]
  /** Arguments that are neither a file nor a directory. */
  readonly missing: string[]
}

/**
 * The scenario files named by the arguments: files as given (whatever their content), and in
 * directories (recursively, skipping node_modules, dist and dot folders) every YAML or JSON
 * file that looks like a scenario. Sorted, without repeats, with `/` separators.
 */
export async function collectFiles(args: readonly string[]): Promise<CollectedFiles> {
  const files = new Set<string>()
  const missing: string[] = []
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined)
    if (!info) missing.push(arg)
    else if (info.isDirectory()) for (const file of await walk(arg)) files.add(file)
    else files.add(arg)
  }
  return { files: [...files].map((file) => file.split(path.sep).join('/')).sort(), missing }
}

async function walk(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'dist') continue
      found.push(...(await walk(full)))
    } else if (entry.isFile() && (await looksLikeScenario(full))) found.push(full)
  }
  return found
}
