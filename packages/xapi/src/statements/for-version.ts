import { validateStatement } from '../validation/index.ts'
import type { ValidationIssue, XapiVersion } from '../validation/index.ts'
import type { Statement } from './statement.ts'

/**
 * The statement as an LRS of `version` accepts it: 1.0.3 has no `contextAgents` or
 * `contextGroups` (xAPI 2.0.0 added them), so they are left out.
 */
export function forVersion(statement: Statement, version: XapiVersion): Statement {
  if (version === '2.0.0' || !statement.context) return statement
  const { contextAgents: _agents, ...context } = statement.context as Statement['context'] & {
    contextGroups?: unknown
  }
  delete (context as { contextGroups?: unknown }).contextGroups
  return { ...statement, context }
}

/** Why an outgoing statement cannot be sent. */
export class InvalidStatementError extends Error {
  readonly issues: ValidationIssue[]
  constructor(id: string, issues: ValidationIssue[]) {
    super(
      `statement ${id} is not valid xAPI: ${issues
        .slice(0, 3)
        .map((issue) => `${issue.path} ${issue.message}`)
        .join('; ')}`,
    )
    this.name = 'InvalidStatementError'
    this.issues = issues
  }
}

/** Throws `InvalidStatementError` unless the statement passes the shared validation for `version`. */
export function assertValid(statement: Statement, version: XapiVersion): void {
  const result = validateStatement(statement, { version })
  if (!result.valid) throw new InvalidStatementError(statement.id, result.issues)
}
