import type { CheckResult } from './check.ts'

export const minimumNode = [20, 19] as const

export function checkNode(version = process.versions.node): CheckResult {
  const [major = 0, minor = 0] = version.split('.').map(Number)
  const [needMajor, needMinor] = minimumNode
  const ok = major > needMajor || (major === needMajor && minor >= needMinor)
  return {
    id: 'node',
    label: 'Node.js',
    status: ok ? 'ok' : 'missing',
    detail: `v${version}`,
    ...(ok
      ? {}
      : { fix: `install Node.js ${needMajor}.${needMinor} or newer (https://nodejs.org/en/download)` }),
  }
}
