import { contentHash } from '../hash/content-hash.ts'
import { decodeUtf8 } from './decode-utf8.ts'
import type { Scenario } from '../model/scenario.ts'
import { parseScenario } from '../parse/parse-scenario.ts'
import { formatPath, type Problem } from '../parse/problem.ts'
import { validateScenario } from '../validate/validate-scenario.ts'

/** How {@link loadScenario} reads files: injected, so the package runs in browsers as in Node. */
export interface ScenarioReader {
  /** The bytes of a file, or undefined when it does not exist. Paths use `/`. */
  readonly readFile: (path: string) => Promise<Uint8Array | undefined>
}

/** Result of {@link loadScenario}. */
export type LoadResult =
  | {
      readonly ok: true
      readonly scenario: Scenario
      readonly hash: string
      readonly assets: readonly string[]
      readonly problems: readonly Problem[]
    }
  | { readonly ok: false; readonly problems: readonly Problem[] }

/** The folder part of a `/`-separated path (`a/b/c.yaml` → `a/b`). */
export function folderOf(path: string): string {
  const index = path.lastIndexOf('/')
  return index < 0 ? '' : path.slice(0, index)
}

/** Joins a folder and a relative path with `/`. */
export function joinPath(folder: string, relative: string): string {
  return folder === '' ? relative : `${folder}/${relative}`
}

/**
 * Reads, parses and validates a scenario file, checks that every asset it references exists,
 * and computes its content hash (scenario plus asset bytes). Never throws on bad input.
 *
 * @example
 * const result = await loadScenario('scenarios/loto/scenario.yaml', { readFile })
 * if (!result.ok) for (const problem of result.problems) console.error(formatProblem(problem))
 */
export async function loadScenario(file: string, reader: ScenarioReader): Promise<LoadResult> {
  const bytes = await reader.readFile(file)
  if (bytes === undefined) {
    return {
      ok: false,
      problems: [
        {
          code: 'missing-asset',
          file,
          line: 0,
          column: 0,
          message: 'file not found',
          hint: 'check the path',
          path: '(root)',
        },
      ],
    }
  }
  const text = decodeUtf8(bytes)
  if (text === undefined) {
    return {
      ok: false,
      problems: [
        {
          code: 'syntax',
          file,
          line: 1,
          column: 1,
          message: 'the file is not UTF-8 text',
          hint: 'save the file as UTF-8',
          path: '(root)',
        },
      ],
    }
  }
  const parsed = parseScenario(text, { file })
  if (parsed.problems.length) return { ok: false, problems: parsed.problems }
  const result = validateScenario(parsed.data, { sourceMap: parsed.sourceMap })
  if (!result.ok) return result
  const folder = folderOf(file)
  const assetBytes: Record<string, Uint8Array> = {}
  const missing: Problem[] = []
  for (const asset of result.assets) {
    const content = await reader.readFile(joinPath(folder, asset))
    if (content) assetBytes[asset] = content
  }
  for (const use of findAssetUses(parsed.data, result.assets)) {
    if (assetBytes[use.asset]) continue
    const { line, column } = parsed.sourceMap.locate(use.path, false)
    missing.push({
      code: 'missing-asset',
      file,
      line,
      column,
      message: `asset "${use.asset}" not found`,
      hint: `put the file at ${joinPath(folder, use.asset)} or fix the path`,
      path: formatPath(use.path),
    })
  }
  if (missing.length) return { ok: false, problems: missing }
  return {
    ok: true,
    scenario: result.scenario,
    hash: contentHash(result.scenario, assetBytes),
    assets: result.assets,
    problems: [],
  }
}

function findAssetUses(
  data: unknown,
  assets: readonly string[],
): { path: (string | number)[]; asset: string }[] {
  const uses: { path: (string | number)[]; asset: string }[] = []
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]))
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key])
    else if (typeof value === 'string' && path.at(-1) === 'asset' && assets.includes(value))
      uses.push({ path, asset: value })
  }
  visit(data, [])
  return uses
}
