import { defineProject, type UserWorkspaceConfig } from 'vitest/config'

/** Workspace packages resolve to their TypeScript source (the `source` export condition) in tests. */
export const sourceConditions = ['source', 'module', 'node', 'default']

/** The Vitest project of one package: its tests live in packages/<name>/test. */
export function packageProject(
  name: string,
  overrides: UserWorkspaceConfig['test'] = {},
): UserWorkspaceConfig {
  return defineProject({
    resolve: { conditions: sourceConditions },
    ssr: { resolve: { conditions: sourceConditions } },
    test: {
      name,
      include: ['test/**/*.test.{ts,tsx}'],
      ...overrides,
    },
  })
}
