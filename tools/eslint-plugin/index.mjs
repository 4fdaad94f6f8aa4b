// The project's own ESLint rules.
import { dependencyRule } from './dependency-rule.mjs'
import { deterministicRule } from './deterministic-rule.mjs'

export const practicumPlugin = {
  meta: { name: 'eslint-plugin-practicum' },
  rules: {
    'dependency-rule': dependencyRule,
    deterministic: deterministicRule,
  },
}
