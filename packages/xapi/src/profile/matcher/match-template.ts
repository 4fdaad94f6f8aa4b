import { evaluateJsonPath } from './json-path.ts'
import type { StatementTemplate, TemplateRule } from './profile-types.ts'

type Json = Record<string, unknown>

/** How a statement fares against one template. */
export interface TemplateMatch {
  /** Its determining properties all match: the template applies. */
  applies: boolean
  /** It applies and every rule holds. */
  valid: boolean
  /** Why not, one line each. */
  problems: string[]
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const includes = (list: readonly unknown[], value: unknown) => list.some((item) => same(item, value))

function typesOf(statement: Json, kind: 'grouping' | 'parent' | 'other' | 'category'): string[] {
  return evaluateJsonPath(statement, `$.context.contextActivities.${kind}[*].definition.type`).filter(
    (value): value is string => typeof value === 'string',
  )
}

function determiningProblems(statement: Json, template: StatementTemplate): string[] {
  const problems: string[] = []
  const verb = evaluateJsonPath(statement, '$.verb.id')[0]
  if (template.verb !== undefined && verb !== template.verb)
    problems.push(`verb is ${String(verb)}, not ${template.verb}`)
  const objectType = evaluateJsonPath(statement, '$.object.definition.type')[0]
  if (template.objectActivityType !== undefined && objectType !== template.objectActivityType)
    problems.push(`object type is ${String(objectType)}, not ${template.objectActivityType}`)
  const contexts = [
    ['grouping', template.contextGroupingActivityType],
    ['parent', template.contextParentActivityType],
    ['other', template.contextOtherActivityType],
    ['category', template.contextCategoryActivityType],
  ] as const
  for (const [kind, wanted] of contexts) {
    const found = typesOf(statement, kind)
    for (const type of wanted ?? [])
      if (!found.includes(type)) problems.push(`no ${kind} context activity of type ${type}`)
  }
  const usages = evaluateJsonPath(statement, '$.attachments[*].usageType')
  for (const usage of template.attachmentUsageType ?? [])
    if (!usages.includes(usage)) problems.push(`no attachment of usage type ${usage}`)
  return problems
}

/** One rule (xAPI Profiles §9.3, "Statement Template Validation"). */
export function ruleProblem(statement: Json, rule: TemplateRule): string | undefined {
  let values = evaluateJsonPath(statement, rule.location)
  if (rule.selector) values = values.flatMap((value) => evaluateJsonPath(value, rule.selector!))
  // a value that is null or missing counts as not matchable
  const matchable = values.filter((value) => value !== undefined && value !== null)
  const at = rule.location
  if (rule.presence === 'included' && (matchable.length === 0 || matchable.length !== values.length))
    return `${at} must be present`
  if (rule.presence === 'excluded' && matchable.length > 0) return `${at} must be absent`
  if (rule.presence === 'recommended' && matchable.length === 0) return undefined
  if (rule.any && !matchable.some((value) => includes(rule.any!, value)))
    return `${at} must include one of ${JSON.stringify(rule.any)}`
  if (rule.all && (matchable.length === 0 || !matchable.every((value) => includes(rule.all!, value))))
    return `${at} must be only ${JSON.stringify(rule.all)}`
  if (rule.none && matchable.some((value) => includes(rule.none!, value)))
    return `${at} must not be ${JSON.stringify(rule.none)}`
  return undefined
}

/**
 * Matches a statement against a statement template: the determining properties decide whether
 * the template applies, then every rule must hold.
 */
export function matchTemplate(statement: object, template: StatementTemplate): TemplateMatch {
  const json = statement as Json
  const determining = determiningProblems(json, template)
  if (determining.length > 0) return { applies: false, valid: false, problems: determining }
  const problems = (template.rules ?? []).flatMap((rule) => ruleProblem(json, rule) ?? [])
  return { applies: true, valid: problems.length === 0, problems }
}
