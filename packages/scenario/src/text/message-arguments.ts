import { IntlMessageFormat } from 'intl-messageformat'

/** The argument types a message may declare. */
export type ArgumentType = 'number' | 'string' | 'date'

/** What a message text uses: its arguments and the type each placeholder implies. */
export type UsedArguments = Map<string, ArgumentType | 'any'>

interface AstNode {
  type: number
  value?: string
  options?: Record<string, { value: AstNode[] }>
  children?: AstNode[]
}

/** Parses ICU MessageFormat text; returns the arguments it uses, or the parser's error. */
export function messageArguments(text: string, locale: string): UsedArguments | { error: string } {
  // Without braces there is no argument and nothing ICU could reject: skip the parser (it is the costly part).
  if (!text.includes('{') && !text.includes('}')) return new Map()
  let ast: AstNode[]
  try {
    ast = new IntlMessageFormat(text, locale).getAst() as unknown as AstNode[]
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
  const used: UsedArguments = new Map()
  const visit = (nodes: readonly AstNode[]) => {
    for (const node of nodes) {
      const implied = impliedType(node.type)
      if (implied !== undefined && node.value !== undefined) {
        const previous = used.get(node.value)
        if (previous === undefined || previous === 'any') used.set(node.value, implied)
      }
      for (const option of Object.values(node.options ?? {})) visit(option.value)
      if (node.children) visit(node.children)
    }
  }
  visit(ast)
  return used
}

// Node types of @formatjs/icu-messageformat-parser: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural.
function impliedType(type: number): ArgumentType | 'any' | undefined {
  switch (type) {
    case 1:
      return 'any'
    case 2:
    case 6:
      return 'number'
    case 3:
    case 4:
      return 'date'
    case 5:
      return 'string'
    default:
      return undefined
  }
}
