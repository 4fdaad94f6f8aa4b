import { matchTemplate } from './match-template.ts'
import type { ProfileDocument, ProfilePattern, StatementTemplate } from './profile-types.ts'

/** How a series of statements fares against a profile. */
export interface ProfileMatch {
  /** Every statement matches a template and the series matches the primary pattern(s). */
  valid: boolean
  /** For each statement, the ids of the templates it matches. */
  templates: string[][]
  /** The primary patterns the whole series matches. */
  patterns: string[]
  problems: string[]
}

/**
 * Validates the statements of one registration, in order, against a profile: each statement must
 * match (apply and satisfy) at least one template, and the series must match a primary pattern
 * (sequence, alternates, optional, oneOrMore, zeroOrMore over templates and patterns).
 */
export function matchProfile(statements: readonly object[], profile: ProfileDocument): ProfileMatch {
  const templates = new Map<string, StatementTemplate>((profile.templates ?? []).map((t) => [t.id, t]))
  const patterns = new Map<string, ProfilePattern>((profile.patterns ?? []).map((p) => [p.id, p]))
  const matched = statements.map((statement) =>
    [...templates.values()].filter((template) => matchTemplate(statement, template).valid).map((t) => t.id),
  )
  const problems: string[] = []
  matched.forEach((ids, index) => {
    if (ids.length === 0) {
      const applying = [...templates.values()]
        .map((template) => ({ template, result: matchTemplate(statements[index]!, template) }))
        .filter(({ result }) => result.applies)
      problems.push(
        applying.length === 0
          ? `statement ${index}: no template applies`
          : `statement ${index}: ${applying.map(({ template, result }) => `${template.id}: ${result.problems.join('; ')}`).join(' / ')}`,
      )
    }
  })

  // the positions a component can reach from `from` (a non-deterministic matcher over the series)
  const memo = new Map<string, Set<number>>()
  const reach = (id: string, from: number, depth: number): Set<number> => {
    const key = `${id}@${from}`
    const cached = memo.get(key)
    if (cached) return cached
    if (depth > 200) throw new RangeError(`pattern ${id} recurses too deep`)
    const out = new Set<number>()
    memo.set(key, out)
    const template = templates.get(id)
    if (template) {
      if (from < statements.length && matched[from]!.includes(id)) out.add(from + 1)
      return out
    }
    const pattern = patterns.get(id)
    if (!pattern) throw new RangeError(`unknown template or pattern ${id}`)
    const repeat = (part: string, atLeastOnce: boolean) => {
      if (!atLeastOnce) out.add(from)
      let frontier = [...reach(part, from, depth + 1)]
      const seen = new Set<number>()
      while (frontier.length > 0) {
        const next: number[] = []
        for (const position of frontier) {
          if (seen.has(position)) continue
          seen.add(position)
          out.add(position)
          // a repetition must consume statements to go on
          for (const after of reach(part, position, depth + 1)) if (after > position) next.push(after)
        }
        frontier = next
      }
    }
    if (pattern.sequence) {
      let positions = new Set([from])
      for (const part of pattern.sequence) {
        const next = new Set<number>()
        for (const position of positions)
          for (const after of reach(part, position, depth + 1)) next.add(after)
        positions = next
      }
      for (const position of positions) out.add(position)
    } else if (pattern.alternates) {
      for (const part of pattern.alternates) for (const after of reach(part, from, depth + 1)) out.add(after)
    } else if (pattern.optional) {
      out.add(from)
      for (const after of reach(pattern.optional, from, depth + 1)) out.add(after)
    } else if (pattern.oneOrMore) repeat(pattern.oneOrMore, true)
    else if (pattern.zeroOrMore) repeat(pattern.zeroOrMore, false)
    return out
  }

  const primary = [...patterns.values()].filter((pattern) => pattern.primary)
  const whole = primary.filter((pattern) => reach(pattern.id, 0, 0).has(statements.length)).map((p) => p.id)
  if (primary.length > 0 && whole.length === 0) {
    problems.push(
      `the ${statements.length} statements do not follow a primary pattern (${primary.map((p) => p.id).join(', ')})`,
    )
  }
  return { valid: problems.length === 0, templates: matched, patterns: whole, problems }
}
