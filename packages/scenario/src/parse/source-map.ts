import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml'
import type { Path } from '../kit/index.ts'

/** Finds where a JSON path is in a YAML document, as 1-based line and column. */
export interface SourceMap {
  readonly file: string
  locate(path: Path, preferKey: boolean): { line: number; column: number }
}

/** A source map over a parsed YAML document. */
export function yamlSourceMap(file: string, document: Document, lineCounter: LineCounter): SourceMap {
  return {
    file,
    locate(path, preferKey) {
      let node: unknown = document.contents
      let offset = rangeStart(node) ?? 0
      for (let index = 0; index < path.length; index++) {
        const segment = path[index]
        const last = index === path.length - 1
        if (isMap(node)) {
          const pair = node.items.find(
            (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
          )
          if (!pair) break
          const keyStart = rangeStart(pair.key)
          if (last && preferKey && keyStart !== undefined) {
            offset = keyStart
            break
          }
          node = pair.value
          offset = rangeStart(node) ?? keyStart ?? offset
        } else if (isSeq(node) && typeof segment === 'number') {
          const item = node.items[segment]
          if (item === undefined) break
          node = item
          offset = rangeStart(node) ?? offset
        } else break
      }
      const position = lineCounter.linePos(offset)
      return { line: position.line, column: position.col }
    },
  }
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range
  return Array.isArray(range) ? range[0] : undefined
}
