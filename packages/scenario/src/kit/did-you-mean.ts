/** The candidate closest to `word` (edit distance ≤ a third of its length), for "did you mean" hints. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** A hint that names the closest candidate, or lists them. */
export function suggestion(word: string, candidates: readonly string[], what: string): string {
  const near = closest(word, candidates)
  if (near !== undefined) return `did you mean "${near}"?`
  if (candidates.length === 0) return `no ${what} is declared`
  const list = candidates.slice(0, 12).map((candidate) => `"${candidate}"`)
  return `expected one of ${list.join(', ')}${candidates.length > 12 ? ', …' : ''}`
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
