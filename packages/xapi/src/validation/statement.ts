import { checkActivity } from './activity.ts'
import { checkActor } from './actor.ts'
import { checkAttachments } from './attachment.ts'
import { checkContext } from './context.ts'
import { isIri, isTimestamp, isUuid } from './formats.ts'
import {
  checkObject,
  checkString,
  child,
  describe,
  isObject,
  report,
  type Checker,
  type ValidationOptions,
  type ValidationResult,
} from './issues.ts'
import { checkLanguageMap } from './language-map.ts'
import { checkResult } from './result.ts'
import { checkStatementRef } from './statement-ref.ts'

/** The verb that voids the statement its StatementRef object points at. */
export const voidedVerbId = 'http://adlnet.gov/expapi/verbs/voided'

function checkVerb(checker: Checker, value: unknown, path: string): void {
  if (!checkObject(checker, value, path, ['id', 'display'])) return
  if (value.id === undefined) report(checker, child(path, 'id'), 'is required')
  else if (checkString(checker, value.id, child(path, 'id')) && !isIri(value.id))
    report(checker, child(path, 'id'), 'must be an IRI')
  if (value.display !== undefined) checkLanguageMap(checker, value.display, child(path, 'display'))
}

function checkObjectProperty(checker: Checker, value: unknown, path: string, inSubStatement: boolean): void {
  if (!isObject(value)) {
    report(checker, path, `must be an object, got ${describe(value)}`)
    return
  }
  switch (value.objectType) {
    case undefined:
    case 'Activity':
      return checkActivity(checker, value, path)
    case 'Agent':
    case 'Group':
      return checkActor(checker, value, path)
    case 'StatementRef':
      return checkStatementRef(checker, value, path)
    case 'SubStatement':
      if (inSubStatement) report(checker, path, 'a SubStatement cannot contain a SubStatement')
      else checkBody(checker, value, path, true)
      return
    default:
      report(
        checker,
        child(path, 'objectType'),
        `must be Activity, Agent, Group, StatementRef or SubStatement, got ${describe(value.objectType)}`,
      )
  }
}

function checkVersion(checker: Checker, value: unknown, path: string): void {
  if (!checkString(checker, value, path)) return
  const allowed = checker.version === '2.0.0' ? /^(1\.0|2\.0)(\.\d+)?$/ : /^1\.0(\.\d+)?$/
  if (!allowed.test(value))
    report(checker, path, `must be ${checker.version === '2.0.0' ? '1.0.x or 2.0.x' : '1.0.x'}`)
}

function checkBody(checker: Checker, value: unknown, path: string, subStatement: boolean): void {
  const keys = subStatement
    ? ['objectType', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'attachments']
    : [
        'id',
        'actor',
        'verb',
        'object',
        'result',
        'context',
        'timestamp',
        'stored',
        'authority',
        'version',
        'attachments',
      ]
  if (!checkObject(checker, value, path, keys)) return
  if (
    !subStatement &&
    value.id !== undefined &&
    checkString(checker, value.id, child(path, 'id')) &&
    !isUuid(value.id)
  )
    report(checker, child(path, 'id'), 'must be a UUID')
  for (const key of ['actor', 'verb', 'object']) {
    if (value[key] === undefined) report(checker, child(path, key), 'is required')
  }
  if (value.actor !== undefined) checkActor(checker, value.actor, child(path, 'actor'))
  if (value.verb !== undefined) checkVerb(checker, value.verb, child(path, 'verb'))
  if (value.object !== undefined)
    checkObjectProperty(checker, value.object, child(path, 'object'), subStatement)
  if (value.result !== undefined) checkResult(checker, value.result, child(path, 'result'))
  if (value.context !== undefined) {
    const object = value.object
    const objectIsActivity =
      isObject(object) && (object.objectType === undefined || object.objectType === 'Activity')
    checkContext(checker, value.context, child(path, 'context'), objectIsActivity)
  }
  for (const key of subStatement ? ['timestamp'] : ['timestamp', 'stored']) {
    if (
      value[key] !== undefined &&
      checkString(checker, value[key], child(path, key)) &&
      !isTimestamp(value[key] as string, checker.version === '2.0.0')
    )
      report(checker, child(path, key), 'must be an RFC 3339 timestamp with a time zone (not -00:00)')
  }
  if (value.authority !== undefined) {
    const authority = value.authority
    checkActor(checker, authority, child(path, 'authority'))
    if (isObject(authority) && authority.objectType === 'Group') {
      // An authority Group is the OAuth pair: anonymous, with exactly two Agents (xAPI §4.2.4.2).
      const identified = ['mbox', 'mbox_sha1sum', 'openid', 'account'].some(
        (key) => authority[key] !== undefined,
      )
      if (identified || !Array.isArray(authority.member) || authority.member.length !== 2)
        report(
          checker,
          child(path, 'authority'),
          'a Group authority is anonymous with exactly two members (OAuth)',
        )
    }
  }
  if (value.version !== undefined) checkVersion(checker, value.version, child(path, 'version'))
  if (value.attachments !== undefined)
    checkAttachments(checker, value.attachments, child(path, 'attachments'))
  const verb = value.verb
  if (
    isObject(verb) &&
    verb.id === voidedVerbId &&
    !(isObject(value.object) && value.object.objectType === 'StatementRef')
  )
    report(
      checker,
      child(path, 'object'),
      'a voiding statement (verb voided) must have a StatementRef object',
    )
}

/**
 * Validates one xAPI statement for `options.version` (default 2.0.0).
 * @example
 * const { valid, issues } = validateStatement(statement, { version: '1.0.3' })
 * if (!valid) console.log(issues.map((issue) => `${issue.path}: ${issue.message}`))
 */
export function validateStatement(
  statement: unknown,
  options: ValidationOptions = {},
  path = '$',
): ValidationResult {
  const checker: Checker = { version: options.version ?? '2.0.0', issues: [] }
  checkBody(checker, statement, path, false)
  return { valid: checker.issues.length === 0, issues: checker.issues }
}

/**
 * Validates what a client may POST: one statement or an array of them. In an array, paths
 * start `$[i]`, and two statements sharing an id are an issue (the whole batch is refused).
 */
export function validateStatements(body: unknown, options: ValidationOptions = {}): ValidationResult {
  if (!Array.isArray(body)) return validateStatement(body, options)
  const issues = body.flatMap(
    (statement, index) => validateStatement(statement, options, `$[${index}]`).issues,
  )
  const seen = new Map<string, number>()
  body.forEach((statement, index) => {
    if (!isObject(statement) || typeof statement.id !== 'string') return
    const first = seen.get(statement.id.toLowerCase())
    if (first !== undefined) issues.push({ path: `$[${index}].id`, message: `repeats the id of $[${first}]` })
    else seen.set(statement.id.toLowerCase(), index)
  })
  return { valid: issues.length === 0, issues }
}
