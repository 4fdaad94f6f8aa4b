import { INVALID, ParseContext, type PathProblem } from '../kit/index.ts'
import { migrateDocument } from '../migrate/migrate-document.ts'
import { scenarioSchema, type Scenario } from '../model/scenario.ts'
import { formatPath, type Problem } from '../parse/problem.ts'
import type { SourceMap } from '../parse/source-map.ts'
import { checkAttachments } from './check-attachments.ts'
import { checkAssessment } from './check-assessment.ts'
import { checkClimbs } from './check-climbs.ts'
import { checkDeclarations } from './check-declarations.ts'
import { checkExpressions } from './check-expressions.ts'
import { checkFallArrest } from './check-fall-arrest.ts'
import { checkGrabbables } from './check-grabbables.ts'
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
 * never throws on bad input. The deeper checks of a section run when the sections they read
 * are structurally valid, so a broken part never hides the problems of the others.
 */
export function validateScenario(data: unknown, options: ValidateOptions = {}): ValidationResult {
  const file = options.file ?? options.sourceMap?.file ?? '<builder>'
  const locate = (problems: readonly PathProblem[]) => locateAll(problems, file, options.sourceMap)
  const migrated = migrateDocument(data)
  if (migrated.problems.length) return { ok: false, problems: locate(migrated.problems) }

  const ctx = new ParseContext()
  const fields = scenarioSchema.parseFields(migrated.document, [], ctx)
  const problems: PathProblem[] = [...ctx.problems, ...checkReferences(ctx)]
  if (fields !== INVALID) {
    // The deeper checks read only sections that validated: a typo in one hazard does not hide a
    // missing translation, and a broken section never makes a check report nonsense about it.
    const sound = (...keys: (keyof Scenario)[]) => keys.every((key) => !fields.invalid.has(key))
    const partial = { ...emptySections, ...fields.output } as Scenario
    const raw = migrated.document as Record<string, unknown>
    const env = environmentOf(partial)
    problems.push(
      ...checkDeclarations(partial, raw, env),
      ...checkExpressions(raw, env),
      ...(sound('procedure') ? checkProcedure(partial) : []),
      ...(sound('interactables') ? checkAttachments(partial) : []),
      ...(sound('interactables', 'objects', 'joints') ? checkGrabbables(partial) : []),
      ...(sound('fallArrest', 'interactables', 'objects', 'state') ? checkFallArrest(partial) : []),
      ...(sound('climbs', 'state') ? checkClimbs(partial) : []),
      ...checkAssessment(partial, sound('hazards'), sound('assessment')),
      ...(sound('locales', 'messages') ? checkText(partial) : []),
    )
  }
  if (problems.length > 0 || fields === INVALID) return { ok: false, problems: locate(problems) }
  return {
    ok: true,
    scenario: fields.output as Scenario,
    problems: [],
    assets: [...new Set(ctx.assets.map((asset) => asset.asset))],
  }
}

/** Lists that stand in for sections that did not validate (so checks over them find nothing). */
const emptySections = {
  parameters: [],
  objects: [],
  joints: [],
  zones: [],
  climbs: [],
  interactables: [],
  state: [],
  energy: [],
  rules: [],
  people: [],
  sounds: [],
  hazards: [],
  faults: [],
  messages: [],
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
