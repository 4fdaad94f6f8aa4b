import { spawnSync } from 'node:child_process'

/** Runs a command and returns its trimmed first output line, or undefined when it cannot run. */
export function firstLineOf(command: string, args: string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 20_000 })
  if (result.error || result.status !== 0) return undefined
  return `${result.stdout}${result.stderr}`.trim().split('\n')[0]
}
