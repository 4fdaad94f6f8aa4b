import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { practicumPlugin } from './tools/eslint-plugin/index.mjs'

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'coverage/**', '.practicum/**', 'test/fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { practicum: practicumPlugin },
    rules: {
      'practicum/dependency-rule': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE.md item 6).' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The simulation core must replay bit-identically on a headset and in Node.
    files: ['packages/sim/src/**/*.ts'],
    rules: { 'practicum/deterministic': 'error' },
  },
  {
    files: ['**/*.config.{js,ts,mjs}', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
)
