import { INVALID, ParseContext, type PathProblem } from '../kit/index.ts'
import { migrateDocument } from '../migrate/migrate-document.ts'
import { scenarioSchema, type Scenario } from '../model/scenario.ts'
import { formatPath, type Problem } from '../parse/problem.ts'
import type { SourceMap } from '../parse/source-map.ts'
import { checkAssessment } from './check-assessment.ts'
import { checkDeclarations } from './check-declarations.ts'
import { checkExpressions } from './check-expressions.ts'
import { checkProcedure } from './check-procedure.ts'
import { checkReferences } from './check-references.ts'
import { checkText } from './check-text.ts'
import { environmentOf } from './environment.ts'

/** Options of {@link validateScenario}. */
export interface ValidateOptions {
  /** File name for messages. @defaultValue `'<builder>'` without a source map */
  readonly file?: string
  /** Locates paths in the source text (from {@link parseScenario}); without it problems have line 0. */
  readonly sourceMap?: SourceMap
}

/** Result of validation: the scenario, or every problem found. */
export type ValidationResult =
  | {
      readonly ok: true
      readonly scenario: Scenario
      readonly problems: readonly Problem[]
      readonly assets: readonly string[]
    }
  | { readonly ok: false; readonly problems: readonly Problem[] }

/**
 * Validates plain data (from YAML, JSON or the builder) against the scenario language:
 * migrates older versions, checks the structure and units, then references, types, units in
 * expressions, the procedure, the assessment and the texts. Reports every problem at once and
 * never throws on bad input. Structural and reference problems are reported together; the
 * deeper checks run once the structure is valid (they need a well-formed scenario).
 */
export function validateScenario(data: unknown, options: ValidateOptions = {}): ValidationResult {
  const file = options.file ?? options.sourceMap?.file ?? '<builder>'
  const locate = (problems: readonly PathProblem[]) => locateAll(problems, file, options.sourceMap)
  const migrated = migrateDocument(data)
  if (migrated.problems.length) return { ok: false, problems: locate(migrated.problems) }

  const ctx = new ParseContext()
  const output = scenarioSchema.parse(migrated.document, [], ctx)
  const problems: PathProblem[] = [...ctx.problems, ...checkReferences(ctx)]
  if (output !== INVALID && ctx.problems.length === 0) {
    const raw = migrated.document as Record<string, unknown>
    const env = environmentOf(output)
    problems.push(
      ...checkDeclarations(output, raw, env),
      ...checkExpressions(raw, env),
      ...checkProcedure(output),
      ...checkAssessment(output),
      ...checkText(output),
    )
  }
  if (problems.length > 0 || output === INVALID) return { ok: false, problems: locate(problems) }
  return {
    ok: true,
    scenario: output,
    problems: [],
    assets: [...new Set(ctx.assets.map((asset) => asset.asset))],
  }
}

function locateAll(
  problems: readonly PathProblem[],
  file: string,
  sourceMap: SourceMap | undefined,
): Problem[] {
  const seen = new Set<string>()
  const located: Problem[] = []
  for (const problem of problems) {
    const { line, column } = sourceMap?.locate(
      problem.path,
      problem.code === 'unknown-property' || problem.code === 'unknown-kind',
    ) ?? { line: 0, column: 0 }
    const entry: Problem = {
      code: problem.code,
      file,
      line,
      column,
      message: problem.message,
      hint: problem.hint,
      path: formatPath(problem.path),
    }
    const key = `${line}:${column}:${entry.message}`
    if (seen.has(key)) continue
    seen.add(key)
    located.push(entry)
  }
  return located.sort((a, b) => a.line - b.line || a.column - b.column)
}
