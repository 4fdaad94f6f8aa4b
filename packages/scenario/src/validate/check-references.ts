import { suggestion } from '../kit/did-you-mean.ts'
import type { ParseContext, PathProblem } from '../kit/index.ts'
import { formatPath } from '../parse/problem.ts'

const builtIn = [{ kind: 'learner', id: 'learner', path: [] }]

/** Unknown references and duplicate ids, from what parsing gathered (runs even on a partly broken file). */
export function checkReferences(ctx: ParseContext): PathProblem[] {
  const problems: PathProblem[] = []
  const byKind = new Map<string, Map<string, (string | number)[]>>()
  for (const declaration of [...builtIn, ...ctx.declarations]) {
    let ids = byKind.get(declaration.kind)
    if (!ids) byKind.set(declaration.kind, (ids = new Map()))
    const first = ids.get(declaration.id)
    if (first) {
      problems.push({
        code: 'duplicate-id',
        path: declaration.path,
        message: `duplicate ${declaration.kind} id "${declaration.id}"`,
        hint: `ids must be unique; the first "${declaration.id}" is at ${formatPath(first)}`,
      })
    } else ids.set(declaration.id, [...declaration.path])
  }
  for (const reference of ctx.references) {
    if (reference.kinds.some((kind) => byKind.get(kind)?.has(reference.id))) continue
    const candidates = reference.kinds.flatMap((kind) => [...(byKind.get(kind)?.keys() ?? [])])
    const what = reference.kinds.filter((kind) => kind !== 'learner').join(' or ')
    problems.push({
      code: 'unknown-reference',
      path: reference.path,
      message: `unknown ${what} "${reference.id}"`,
      hint: suggestion(reference.id, candidates, what),
    })
  }
  return problems
}
