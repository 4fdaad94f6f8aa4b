/** Mean and 99th percentile of samples in microseconds. */
export function summarise(samplesMs: readonly number[]): { meanUs: number; p99Us: number } {
  const sorted = [...samplesMs].sort((a, b) => a - b)
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(sorted.length, 1)
  const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0
  return { meanUs: mean * 1000, p99Us: p99 * 1000 }
}

export const fmt = (us: number): string =>
  us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(0)} µs`
