import { defineConfig } from 'vitest/config'
import { sourceConditions } from './vitest.shared.ts'

/** The root tests that drive Chromium. */
const browserTests = [
  'test/browser-support.test.ts',
  'test/sim-determinism.test.ts',
  'test/xapi-browser.test.ts',
  'test/xr-*.test.ts',
]

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
          exclude: ['test/fixtures/**', ...browserTests],
          testTimeout: 180_000,
        },
      },
      {
        // One browser at a time (SwiftShader on 2 cores): these files run one after another.
        resolve: { conditions: sourceConditions },
        ssr: { resolve: { conditions: sourceConditions } },
        test: {
          name: 'browser',
          include: browserTests,
          fileParallelism: false,
          testTimeout: 180_000,
        },
      },
    ],
  },
})
