import { useCallback, useState, type KeyboardEvent } from 'react'

/** Marks a roving group: its arrow, Home and End keys move focus, not the learner. */
export const rovingGroupAttribute = 'data-practicum-roving'

const moves: Readonly<Record<string, (at: number, count: number) => number>> = {
  ArrowDown: (at, count) => (at + 1) % count,
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowUp: (at, count) => (at - 1 + count) % count,
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
}

/** Whether `key` moves focus inside a roving group (so it is not a learner's key there). */
export const isRovingKey = (key: string): boolean => key in moves

/**
 * One Tab stop for a long list of buttons (the WAI-ARIA "roving tabindex"): Tab enters the group at
 * the button last used, the arrows move through it (wrapping), Home and End go to its ends, Tab
 * leaves it. Spread `group` on the container and `item(i)` on the i-th button.
 */
export function useRovingFocus(): {
  group: { [rovingGroupAttribute]: ''; onKeyDown: (event: KeyboardEvent<HTMLElement>) => void }
  item: (index: number) => { tabIndex: number; onFocus: () => void; 'data-roving-item': '' }
} {
  const [active, setActive] = useState(0)
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    const move = moves[event.key]
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-roving-item]')]
    const at = items.indexOf(document.activeElement as HTMLElement)
    if (at < 0 || items.length === 0) return
    event.preventDefault()
    items[move(at, items.length)]?.focus()
  }, [])
  const item = useCallback(
    (index: number) => ({
      tabIndex: index === active ? 0 : -1,
      onFocus: () => setActive(index),
      'data-roving-item': '' as const,
    }),
    [active],
  )
  return { group: { [rovingGroupAttribute]: '', onKeyDown }, item }
}
