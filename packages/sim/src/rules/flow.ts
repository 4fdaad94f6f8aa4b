import type { Scenario } from '@practicum/scenario'

export type Flow = Scenario['procedure']['flow']

/** Steps of a flow in the order they appear. */
export function stepsOf(flow: Flow): string[] {
  if (typeof flow === 'string') return [flow]
  const children =
    'sequence' in flow
      ? flow.sequence
      : 'anyOrder' in flow
        ? flow.anyOrder
        : 'oneOf' in flow
          ? flow.oneOf
          : flow.parallel
  return children.flatMap(stepsOf)
}

/** True when the flow is complete given the steps done. */
export function isComplete(flow: Flow, done: (step: string) => boolean): boolean {
  if (typeof flow === 'string') return done(flow)
  if ('oneOf' in flow) return flow.oneOf.some((child) => isComplete(child, done))
  const children = 'sequence' in flow ? flow.sequence : 'anyOrder' in flow ? flow.anyOrder : flow.parallel
  return children.every((child) => isComplete(child, done))
}

/**
 * Which steps may be done now: in a sequence, the children after every earlier one is complete;
 * in anyOrder and parallel, all; in oneOf, all until one is complete (the others are then skipped).
 */
export function availableSteps(
  flow: Flow,
  done: (step: string) => boolean,
): { available: Set<string>; skipped: Set<string> } {
  const available = new Set<string>()
  const skipped = new Set<string>()
  const walk = (node: Flow, enabled: boolean): void => {
    if (typeof node === 'string') {
      if (enabled && !done(node)) available.add(node)
      return
    }
    if ('sequence' in node) {
      let open = enabled
      for (const child of node.sequence) {
        walk(child, open)
        open = open && isComplete(child, done)
      }
      return
    }
    if ('oneOf' in node) {
      const chosen = node.oneOf.find((child) => isComplete(child, done))
      for (const child of node.oneOf) {
        if (chosen && child !== chosen) for (const step of stepsOf(child)) if (!done(step)) skipped.add(step)
        walk(child, enabled && !chosen)
      }
      return
    }
    for (const child of 'anyOrder' in node ? node.anyOrder : node.parallel) walk(child, enabled)
  }
  walk(flow, true)
  return { available, skipped }
}

/** The steps that come before `step` in sequences enclosing it (what doing it early skips). */
export function stepsBefore(flow: Flow, step: string): string[] {
  const path: string[] = []
  const visit = (node: Flow, before: string[]): boolean => {
    if (typeof node === 'string') {
      if (node === step) {
        path.push(...before)
        return true
      }
      return false
    }
    if ('sequence' in node) {
      const earlier: string[] = []
      for (const child of node.sequence) {
        if (visit(child, [...before, ...earlier])) return true
        earlier.push(...stepsOf(child))
      }
      return false
    }
    const children = 'anyOrder' in node ? node.anyOrder : 'oneOf' in node ? node.oneOf : node.parallel
    return children.some((child) => visit(child, before))
  }
  visit(flow, [])
  return path
}
