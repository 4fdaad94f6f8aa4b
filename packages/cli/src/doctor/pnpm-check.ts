import type { CheckResult } from './check.ts'
import { firstLineOf } from './run-command.ts'

export const pinnedPnpm = '12.4.2'

function pnpmVersion(userAgent = process.env['npm_config_user_agent'] ?? ''): string | undefined {
  const fromAgent = /\bpnpm\/(\S+)/.exec(userAgent)?.[1]
  return (
    fromAgent ??
    firstLineOf('pnpm', ['--version']) ??
    firstLineOf('npx', ['--no-install', `pnpm@${pinnedPnpm}`, '--version'])
  )
}

export function checkPnpm(): CheckResult {
  const version = pnpmVersion()
  if (!version) {
    return {
      id: 'pnpm',
      label: 'pnpm',
      status: 'missing',
      detail: 'not found',
      fix: `npm start (it runs npx -y pnpm@${pinnedPnpm}) or npm i -g pnpm@${pinnedPnpm}`,
    }
  }
  const pinned = version === pinnedPnpm
  return {
    id: 'pnpm',
    label: 'pnpm',
    status: pinned ? 'ok' : 'warn',
    detail: version,
    ...(pinned ? {} : { fix: `npm i -g pnpm@${pinnedPnpm} (the version the lockfile is written with)` }),
  }
}
