export {
  createTransport,
  keepaliveBudget,
  type Transport,
  type TransportOptions,
  type TransportStatus,
} from './transport.ts'
export { negotiateVersion, type LrsEndpoint } from './lrs-client.ts'
export { authorizationHeader, type LrsAuth } from './lrs-auth.ts'
export { sameStatement } from './same-statement.ts'
export { backoffDelay, retryAfterMs } from './retry.ts'
export { webLocks, flushOnPageHide } from './page-lifecycle.ts'
