// ESLint rule: the dependency rule of DESIGN.md, read from tools/dependency-rule.json.
import path from 'node:path'
import {
  allowedEdge,
  forbiddenGlobals,
  forbiddenModuleMatch,
  isUniversal,
  packageOfPath,
  packageOfSpecifier,
  scope,
} from '../dependency-rule.mjs'

const root = path.resolve(import.meta.dirname, '../..')

function relativeToRoot(filename) {
  return path.relative(root, filename).replaceAll(path.sep, '/')
}

function isSourceFile(relativePath) {
  return /^packages\/[^/]+\/src\//.test(relativePath)
}

/** @type {import('eslint').Rule.RuleModule} */
export const dependencyRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforces the package dependency rule of DESIGN.md (tools/dependency-rule.json).' },
    schema: [],
    messages: {
      forbiddenEdge: '@practicum/{{from}} may not import @practicum/{{to}} (tools/dependency-rule.json).',
      typeOnlyEdge:
        '@practicum/{{from}} may import @practicum/{{to}} for types only: write `import type` (tools/dependency-rule.json).',
      deepImport:
        'Import @practicum/{{to}} through its public entry, not its files ("{{specifier}}"); add an export to its src/index.ts.',
      forbiddenModule:
        '@practicum/{{from}} runs in Node and browsers alike and may not import "{{specifier}}" (matches "{{pattern}}").',
      forbiddenGlobal:
        '@practicum/{{from}} runs in Node and browsers alike and may not use the global "{{name}}".',
    },
  },
  create(context) {
    const file = relativeToRoot(context.filename)
    const from = packageOfPath(file)
    if (!from) return {}
    const universal = isUniversal(from) && isSourceFile(file)

    function check(node, specifier, typeOnly) {
      if (typeof specifier !== 'string') return
      let to = packageOfSpecifier(specifier)
      if (to && specifier !== `${scope}/${to}` && /\/src(\/|$)/.test(specifier)) {
        context.report({ node, messageId: 'deepImport', data: { to, specifier } })
        return
      }
      if (!to && specifier.startsWith('.')) {
        const target = relativeToRoot(path.resolve(path.dirname(context.filename), specifier))
        const targetPackage = packageOfPath(target + '/')
        if (targetPackage && targetPackage !== from) {
          context.report({ node, messageId: 'deepImport', data: { to: targetPackage, specifier } })
          return
        }
      }
      if (to) {
        const allowed = allowedEdge(from, to)
        if (allowed === 'none') context.report({ node, messageId: 'forbiddenEdge', data: { from, to } })
        else if (allowed === 'type' && !typeOnly)
          context.report({ node, messageId: 'typeOnlyEdge', data: { from, to } })
        return
      }
      if (universal) {
        const pattern = forbiddenModuleMatch(specifier)
        if (pattern)
          context.report({ node, messageId: 'forbiddenModule', data: { from, specifier, pattern } })
      }
    }

    return {
      ImportDeclaration(node) {
        check(node, node.source.value, node.importKind === 'type')
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, node.exportKind === 'type')
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, node.exportKind === 'type')
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value, false)
      },
      TSImportType(node) {
        const literal = node.argument?.literal ?? node.argument
        if (literal?.type === 'Literal') check(node, literal.value, true)
      },
      CallExpression(node) {
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'require' &&
          node.arguments[0]?.type === 'Literal'
        ) {
          check(node, node.arguments[0].value, false)
        }
      },
      'Program:exit'(program) {
        if (!universal) return
        const globalScope = context.sourceCode.getScope(program)
        const configuredGlobals = globalScope.variables.filter((variable) => variable.defs.length === 0)
        const references = [
          ...globalScope.through,
          ...configuredGlobals.flatMap((variable) => variable.references),
        ]
        for (const reference of references) {
          const { name } = reference.identifier
          if (reference.isValueReference === false || !forbiddenGlobals.includes(name)) continue
          context.report({ node: reference.identifier, messageId: 'forbiddenGlobal', data: { from, name } })
        }
      },
    }
  },
}
