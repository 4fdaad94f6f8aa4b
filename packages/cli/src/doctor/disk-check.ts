import { statfsSync } from 'node:fs'
import type { CheckResult } from './check.ts'

const gib = 1024 ** 3
/** Dependencies, Chromium's profile dirs and the LRS data folder fit comfortably in this. */
export const minimumFreeBytes = 2 * gib

export function checkDisk(folder = process.cwd()): CheckResult {
  const stats = statfsSync(folder)
  const free = stats.bavail * stats.bsize
  const detail = `${(free / gib).toFixed(1)} GiB free in ${folder}`
  return free >= minimumFreeBytes
    ? { id: 'disk', label: 'Free disk', status: 'ok', detail }
    : {
        id: 'disk',
        label: 'Free disk',
        status: 'missing',
        detail,
        fix: `free at least ${minimumFreeBytes / gib} GiB`,
      }
}
