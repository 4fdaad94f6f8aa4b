import type { Path, ProblemCode } from '../kit/index.ts'

/** One problem of a scenario, located in its file. */
export interface Problem {
  /** The kind of problem (stable, for tools and tests). */
  readonly code: ProblemCode
  /** The file (as given by the caller), or `<builder>` for a scenario built in TypeScript. */
  readonly file: string
  /** 1-based line; 0 when the scenario has no source text (built in TypeScript). */
  readonly line: number
  /** 1-based column; 0 when the scenario has no source text. */
  readonly column: number
  /** What is wrong. */
  readonly message: string
  /** How to fix it. */
  readonly hint: string
  /** Where in the document, e.g. `procedure.steps[2].doneWhen`. */
  readonly path: string
}

/** A path as designers read it: `procedure.steps[2].doneWhen`. */
export function formatPath(path: Path): string {
  let text = ''
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) text += text ? `.${segment}` : segment
    else text += `[${JSON.stringify(segment)}]`
  }
  return text || '(root)'
}

/**
 * One problem as one line and its hint, the way compilers print them:
 * `scenario.yaml:12:7: unknown step "verfy" (procedure.flow.sequence[3])`, then `  hint: did you mean "verify"?`.
 * Given the file's text, the line is shown too, with a caret under the column.
 *
 * @example
 * formatProblem(problem, { source: text })
 * // scenario.yaml:12:7: unknown step "verfy" (procedure.flow.sequence[3])
 * //    12 |     - verfy
 * //       |       ^
 * //   hint: did you mean "verify"?
 */
export function formatProblem(problem: Problem, options: { readonly source?: string } = {}): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file
  const path = problem.path.startsWith('(') ? '' : ` (${problem.path})`
  const excerpt =
    options.source === undefined ? '' : sourceExcerpt(options.source, problem.line, problem.column)
  return `${where}: ${problem.message}${path}${excerpt}\n  hint: ${problem.hint}`
}

function sourceExcerpt(source: string, line: number, column: number): string {
  const text = source.split(/\r?\n/)[line - 1]
  if (line < 1 || text === undefined) return ''
  const number = String(line).padStart(5)
  const shown = text.length > 160 ? `${text.slice(0, 160)}…` : text
  const caret =
    column >= 1 && column <= shown.length + 1 ? `\n${' '.repeat(5)} | ${' '.repeat(column - 1)}^` : ''
  return `\n${number} | ${shown.replace(/\t/g, ' ')}${caret}`
}
