import { LineCounter, parseDocument } from 'yaml'
import type { Problem } from './problem.ts'
import { yamlSourceMap, type SourceMap } from './source-map.ts'

/** Options of {@link parseScenario}. */
export interface ParseOptions {
  /** The file name used in messages. @defaultValue `'scenario.yaml'` */
  readonly file?: string
}

/** Result of {@link parseScenario}: the raw data (not yet validated) and how to locate paths in it. */
export interface ParsedScenarioText {
  /** The document as plain data; `undefined` when the text is not YAML at all. */
  readonly data: unknown
  /** Locates a JSON path in the text. */
  readonly sourceMap: SourceMap
  /** Syntax problems (each located). */
  readonly problems: readonly Problem[]
}

/**
 * Reads scenario text (YAML 1.2, so JSON too) into plain data, keeping positions so every later
 * problem can be reported as file:line:col. Never throws.
 *
 * @example
 * const { data, problems } = parseScenario(text, { file: 'loto.yaml' })
 */
export function parseScenario(text: string, options: ParseOptions = {}): ParsedScenarioText {
  const file = options.file ?? 'scenario.yaml'
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    logLevel: 'error',
  })
  const sourceMap = yamlSourceMap(file, document, lineCounter)
  const problems: Problem[] = document.errors.map((error) => {
    const position = lineCounter.linePos(error.pos[0])
    return {
      code: 'syntax',
      file,
      line: position.line,
      column: position.col,
      message: syntaxMessage(text, error.code, error.pos[0], error.message.split('\n')[0] ?? error.code),
      hint: syntaxHint(error.code),
      path: '(syntax)',
    }
  })
  if (problems.length > 0) return { data: undefined, sourceMap, problems }
  let data: unknown
  try {
    data = document.toJS({ maxAliasCount: 100 })
  } catch (error) {
    problems.push({
      code: 'syntax',
      file,
      line: 1,
      column: 1,
      message: `YAML: ${error instanceof Error ? error.message : String(error)}`,
      hint: 'simplify anchors and aliases',
      path: '(syntax)',
    })
  }
  return { data, sourceMap, problems }
}

function syntaxMessage(text: string, code: string, offset: number, message: string): string {
  if (code === 'DUPLICATE_KEY') {
    const key = /^["']?([^"':\n]+)/.exec(text.slice(offset))?.[1]?.trim()
    if (key) return `YAML: the key "${key}" appears twice in this mapping`
  }
  return `YAML: ${message}`
}

function syntaxHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear once in a mapping; remove or rename one'
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation: nested entries are indented by the same number of spaces'
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs'
    default:
      return 'fix the YAML syntax at this position'
  }
}
