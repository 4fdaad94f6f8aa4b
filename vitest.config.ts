import { defineConfig } from 'vitest/config'
import { sourceConditions } from './vitest.shared.ts'

export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      {
        resolve: { conditions: sourceConditions },
        ssr: { resolve: { conditions: sourceConditions } },
        test: {
          name: 'root',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/fixtures/**'],
          testTimeout: 180_000,
        },
      },
    ],
  },
})
