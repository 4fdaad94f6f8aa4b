// ESLint rule: code that must give bit-identical results on every platform (the simulation core)
// may not read a clock, draw unseeded randomness or call transcendental Math functions, whose
// results differ between JavaScript engines and CPUs. Use the core's deterministic math instead.

const transcendental = new Set([
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'atan2',
  'sinh',
  'cosh',
  'tanh',
  'asinh',
  'acosh',
  'atanh',
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'pow',
  'cbrt',
  'hypot',
])
const clocks = new Map([
  ['Date', 'a wall clock'],
  ['performance', 'a wall clock'],
  ['setTimeout', 'timer scheduling'],
  ['setInterval', 'timer scheduling'],
  ['requestAnimationFrame', 'frame scheduling'],
  ['crypto', 'unseeded randomness'],
])

function isIntegerLiteral(node) {
  return node.type === 'Literal' && Number.isInteger(node.value)
}

/** @type {import('eslint').Rule.RuleModule} */
export const deterministicRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Forbids clocks, Math.random and transcendental Math functions in deterministic code.',
    },
    schema: [],
    messages: {
      random: 'Math.random is not reproducible: draw from the seeded generator (createRandom) instead.',
      transcendental:
        'Math.{{name}} may differ between engines and CPUs, which breaks replay: use the deterministic math module.',
      clock: '{{name}} is {{what}}: the core advances only by the fixed steps it is told to take.',
      power: 'A non-integer power (**) may differ between engines: use the deterministic math module.',
    },
  },
  create(context) {
    return {
      MemberExpression(node) {
        if (node.object.type !== 'Identifier' || node.object.name !== 'Math') return
        const name = node.property.type === 'Identifier' ? node.property.name : node.property.value
        if (name === 'random') context.report({ node, messageId: 'random' })
        else if (transcendental.has(name))
          context.report({ node, messageId: 'transcendental', data: { name } })
      },
      BinaryExpression(node) {
        if (node.operator === '**' && !isIntegerLiteral(node.right))
          context.report({ node, messageId: 'power' })
      },
      AssignmentExpression(node) {
        if (node.operator === '**=' && !isIntegerLiteral(node.right))
          context.report({ node, messageId: 'power' })
      },
      'Program:exit'(program) {
        const globalScope = context.sourceCode.getScope(program)
        const implicit = globalScope.variables.filter((variable) => variable.defs.length === 0)
        for (const reference of [
          ...globalScope.through,
          ...implicit.flatMap((variable) => variable.references),
        ]) {
          const what = clocks.get(reference.identifier.name)
          if (what && reference.isValueReference !== false) {
            context.report({
              node: reference.identifier,
              messageId: 'clock',
              data: { name: reference.identifier.name, what },
            })
          }
        }
      },
    }
  },
}
