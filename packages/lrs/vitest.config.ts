import { packageProject } from '../../vitest.shared.ts'

export default packageProject('lrs', {
  globalSetup: ['./test/setup/postgres-global-setup.ts'],
  testTimeout: 120_000,
  hookTimeout: 120_000,
})
