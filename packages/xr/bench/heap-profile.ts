// Attributes a V8 sampling heap profile (Chrome DevTools Protocol, HeapProfiler.stopSampling) to
// the bundle chunks the frame bench page is split into, by the function that allocated.

export interface SamplingHeapProfileNode {
  callFrame: { functionName: string; url: string }
  selfSize: number
  children: SamplingHeapProfileNode[]
}

/** Estimated bytes allocated, per chunk name (`rapier`, `three`, …; `other` for V8 and the rest). */
export type Attribution = Map<string, number>

/** The chunk a script URL belongs to: its file name's leading word (`rapier-Bx1.js` → `rapier`). */
export function chunkOf(url: string): string {
  const file = url.slice(url.lastIndexOf('/') + 1)
  const name = /^([a-z-]+?)(?:-[\w-]{8})?\.js$/.exec(file)?.[1]
  return name ?? 'other'
}

/** Sums each node's own allocations under the chunk of its function. */
export function attribute(head: SamplingHeapProfileNode): Attribution {
  const totals: Attribution = new Map()
  const visit = (node: SamplingHeapProfileNode) => {
    if (node.selfSize > 0) {
      const chunk = chunkOf(node.callFrame.url)
      totals.set(chunk, (totals.get(chunk) ?? 0) + node.selfSize)
    }
    for (const child of node.children) visit(child)
  }
  visit(head)
  return totals
}

/** The functions of one chunk that allocated most, with their bytes. */
export function topAllocators(
  head: SamplingHeapProfileNode,
  chunk: string,
  count: number,
): [string, number][] {
  const byFunction = new Map<string, number>()
  const visit = (node: SamplingHeapProfileNode) => {
    if (node.selfSize > 0 && chunkOf(node.callFrame.url) === chunk) {
      const name = node.callFrame.functionName || '(anonymous)'
      byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize)
    }
    for (const child of node.children) visit(child)
  }
  visit(head)
  return [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, count)
}
