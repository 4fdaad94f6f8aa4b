// The loop page by keyboard alone, as a learner plays it: Tab / Shift+Tab and the arrows to the
// accessible mirror's buttons by their accessible names, Enter; the desktop hand's bound keys
// (G grips, T triggers).
import { expect } from 'vitest'
import type { Page } from 'playwright-core'

/** Key presses (Tab and arrows) and the time they took, summed over a test (to say where its time went). */
export interface TabTally {
  tabs: number
  ms: number
}

/** How `focusButton` moves the focus. */
export interface FocusOptions {
  /**
   * Going back, holds Shift down over the Tab presses (half the key events of Shift+Tab each time,
   * and the page renders between them) rather than pressing Shift+Tab. @defaultValue false
   */
  holdShift?: boolean
  /** Adds the Tab presses made, and the time they took, to this tally. */
  tally?: TabTally
}

/**
 * Moves keyboard focus to a button by its accessible name, as a learner would: Tab or Shift+Tab
 * (the shorter way) to it or, when it sits in a roving list (the mirror's things: one Tab stop),
 * to that list's stop, then the arrow keys (the shorter way round) to it.
 */
export async function focusButton(page: Page, name: string, options: FocusOptions = {}): Promise<void> {
  const plan = await page.evaluate((wanted) => {
    const named = (element: Element | null | undefined) => element?.textContent?.trim()
    const tabbable = [
      ...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea'),
    ].filter((element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled)
    const wantedElement = [...document.querySelectorAll<HTMLElement>('button')].find(
      (element) => named(element) === wanted,
    )
    if (!wantedElement) throw new Error(`no button "${wanted}"`)
    const group = wantedElement.closest('[data-practicum-roving]')
    const items = group ? [...group.querySelectorAll<HTMLElement>('[data-roving-item]')] : []
    // Tab goes to the button itself, or to its list's stop (the item last used).
    const stop = group ? items.find((item) => item.tabIndex >= 0) : wantedElement
    const active = document.activeElement as HTMLElement | null
    const inGroup = group !== null && active !== null && group.contains(active)
    let tabs = 0
    if (!inGroup) {
      const target = tabbable.indexOf(stop!)
      const at = tabbable.indexOf(active!)
      const n = tabbable.length
      const forward = at < 0 ? target + 1 : (target - at + n) % n
      const back = at < 0 ? n - target : (at - target + n) % n
      tabs = forward <= back ? forward : -back
    }
    let arrows = 0
    if (group) {
      const from = items.indexOf(inGroup ? active! : stop!)
      const to = items.indexOf(wantedElement)
      const n = items.length
      const down = (to - from + n) % n
      arrows = down <= n - down ? down : -(n - down)
    }
    return { tabs, arrows, stop: named(stop) }
  }, name)
  const started = Date.now()
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim())
  const moves = plan.tabs
  const holdShift = (options.holdShift ?? false) && moves < 0
  const key = moves > 0 || holdShift ? 'Tab' : 'Shift+Tab'
  if (holdShift) await page.keyboard.down('Shift')
  for (let i = 0; i < Math.abs(moves); i++) await page.keyboard.press(key)
  // The count comes from the DOM order; should the browser's order differ, the focus says when to stop.
  if (moves !== 0)
    for (let i = 0; i < 60 && (await focused()) !== plan.stop; i++) await page.keyboard.press(key)
  if (holdShift) await page.keyboard.up('Shift')
  const arrow = plan.arrows > 0 ? 'ArrowDown' : 'ArrowUp'
  for (let i = 0; i < Math.abs(plan.arrows); i++) await page.keyboard.press(arrow)
  expect(await focused()).toBe(name)
  if (options.tally) {
    options.tally.tabs += Math.abs(moves) + Math.abs(plan.arrows)
    options.tally.ms += Date.now() - started
  }
}

/** Focuses a button by its accessible name (see `focusButton`), then presses Enter. */
export async function press(page: Page, name: string, options: FocusOptions = {}): Promise<void> {
  await focusButton(page, name, options)
  await page.keyboard.press('Enter')
}

/** The desktop hand by keyboard: each move then waits two of the core's steps (`steps`). */
export interface KeyboardHand {
  /** Presses the mirror's `Reach for <name>`. */
  reach(name: string): Promise<void>
  /** Presses G: grips, or lets go of what the hand holds. */
  grip(): Promise<void>
  /** Holds T for two steps, then lets it go. */
  trigger(): Promise<void>
}

/** The desktop hand's moves on `page` by keyboard, with `options` for `press`. */
export function keyboardHand(
  page: Page,
  steps: (count: number) => Promise<void>,
  options: FocusOptions = {},
): KeyboardHand {
  return {
    async reach(name) {
      await press(page, `Reach for ${name}`, options)
      await steps(2)
    },
    async grip() {
      await page.keyboard.press('KeyG')
      await steps(2)
    },
    async trigger() {
      await page.keyboard.down('KeyT')
      await steps(2)
      await page.keyboard.up('KeyT')
      await steps(2)
    },
  }
}
