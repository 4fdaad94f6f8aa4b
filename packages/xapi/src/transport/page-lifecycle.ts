import type { Transport } from './transport.ts'

/**
 * A mutex shared by every tab of the origin (Web Locks API), for `TransportOptions.lock`: one tab
 * flushes the shared queue at a time.
 *
 * @defaultValue name 'practicum-xapi-flush'
 */
export function webLocks(name = 'practicum-xapi-flush'): <T>(task: () => Promise<T>) => Promise<T> {
  return (task) => navigator.locks.request(name, () => task())
}

/**
 * Sends a keepalive flush when the page is hidden or goes (`pagehide`, `visibilitychange` to
 * hidden); returns the function that stops listening.
 */
export function flushOnPageHide(transport: Transport, target: Window = window): () => void {
  const onHide = () => {
    transport.keepaliveFlush()
  }
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') onHide()
  }
  target.addEventListener('pagehide', onHide)
  target.document.addEventListener('visibilitychange', onVisibility)
  return () => {
    target.removeEventListener('pagehide', onHide)
    target.document.removeEventListener('visibilitychange', onVisibility)
  }
}
