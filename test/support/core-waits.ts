// Waits on the core of the loop page, read through its read-only hook (`window.practicum`): its
// events and its step count, never the clock.
import type { Page } from 'playwright-core'
import type { SimEvent } from '@practicum/sim'
import type { PageWindow } from './loop-page.ts'

/** How a test waits on the core. */
export interface CoreWaitOptions {
  /** How long one wait may take, in ms. @defaultValue 60_000 */
  timeout?: number
  /** How many of the last events a timed-out wait names. @defaultValue 15 */
  tail?: number
  /** Done before a timed-out wait throws (a screenshot of what went wrong). */
  onTimeout?: () => Promise<unknown>
  /** A wait for steps also ends when the attempt has (the core takes no more). @defaultValue false */
  orEnded?: boolean
  /**
   * Counts steps inside the page, one round trip per wait, bounded only by the test's timeout: for
   * a learner racing the core (a fire that grows while the test looks). @defaultValue false
   */
  inPage?: boolean
}

/** What an event must be: an `id`, or fields equal to these. */
export type EventMatch = string | Record<string, unknown>

/** The waits and reads on the core of the page. */
export interface CoreWaits {
  /** The last events, as JSON (for a failure message). */
  tail(): Promise<string>
  /** Every event so far. */
  events(): Promise<SimEvent[]>
  /** How many events there are so far. */
  count(): Promise<number>
  /** The core's step index now. */
  stepIndex(): Promise<number>
  /** Waits for an event of `type` that matches, at or after the event count `from`. */
  seen(type: string, match?: EventMatch, from?: number): Promise<void>
  /** Like `seen`, and returns the first such event. */
  found(type: string, match?: EventMatch, from?: number): Promise<SimEvent>
  /** Waits until the core's step index is at least `at`. */
  untilStep(at: number): Promise<void>
  /** Waits until the core has taken `count` more steps. */
  steps(count: number): Promise<void>
}

/** The waits on `page`'s core: its events and steps, each failing with the last events on timeout. */
export function coreWaits(page: Page, options: CoreWaitOptions = {}): CoreWaits {
  const timeout = options.timeout ?? 60_000
  const orEnded = options.orEnded ?? false
  const tail = async () =>
    JSON.stringify(
      (await page.evaluate(() => (window as PageWindow).practicum!.events())).slice(-(options.tail ?? 15)),
    )
  const failed = (waiting: string) => async (error: Error) => {
    await options.onTimeout?.()
    throw new Error(`${error.message}\nwaiting for ${waiting}; last events: ${await tail()}`)
  }
  const find = (type: string, match: EventMatch = {}, from = 0) => {
    const fields = typeof match === 'string' ? { id: match } : match
    return page
      .waitForFunction(
        ([wanted, want, after]) =>
          (window as PageWindow).practicum
            ?.events()
            .slice(after)
            .find(
              (event) =>
                event.type === wanted &&
                Object.entries(want).every(
                  ([key, value]) => (event as Record<string, unknown>)[key] === value,
                ),
            ),
        [type, fields, from] as const,
        { timeout },
      )
      .catch(failed(`${type} ${JSON.stringify(fields)}`))
  }
  const stepIndex = () => page.evaluate(() => (window as PageWindow).practicum!.stepIndex)
  const untilStep = async (at: number) => {
    await page
      .waitForFunction(
        ([until, end]) => {
          const practicum = (window as PageWindow).practicum!
          return practicum.stepIndex >= until || (end && practicum.ended)
        },
        [at, orEnded] as const,
        { timeout },
      )
      .catch(failed(`step ${at}`))
  }
  return {
    tail,
    events: () => page.evaluate(() => [...(window as PageWindow).practicum!.events()]),
    count: () => page.evaluate(() => (window as PageWindow).practicum!.events().length),
    stepIndex,
    async seen(type, match, from) {
      await find(type, match, from)
    },
    async found(type, match, from) {
      return (await (await find(type, match, from)).jsonValue()) as SimEvent
    },
    untilStep,
    steps: options.inPage
      ? (count) =>
          page.evaluate(async (n) => {
            const practicum = (window as PageWindow).practicum!
            const until = practicum.stepIndex + n
            while (practicum.stepIndex < until) await new Promise((resolve) => requestAnimationFrame(resolve))
          }, count)
      : async (count) => untilStep((await stepIndex()) + count),
  }
}
