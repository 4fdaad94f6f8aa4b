// How to call the pinned pnpm on this machine: the one on PATH if it is the pinned version, else npx.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const pinnedPnpm = '12.4.2'

let cached
/** The argv prefix that runs pnpm 12.4.2, e.g. ['pnpm'] or ['npx', '-y', 'pnpm@12.4.2']. */
export function pnpmCommand() {
  if (cached) return cached
  const onPath = spawnSync('pnpm', ['--version'], { encoding: 'utf8' })
  cached =
    onPath.status === 0 && onPath.stdout.trim() === pinnedPnpm
      ? ['pnpm']
      : ['npx', '-y', `pnpm@${pinnedPnpm}`]
  return cached
}

/** better-sqlite3 compiles from source only against local Node headers (TOOLCHAIN.md). */
export function nativeBuildEnv(env = process.env) {
  return existsSync('/usr/include/node/node_api.h') ? { ...env, npm_config_nodedir: '/usr' } : env
}
