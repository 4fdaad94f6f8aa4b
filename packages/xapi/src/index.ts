export {
  validateStatement,
  validateStatements,
  voidedVerbId,
  signatureUsageType,
  isDuration,
  isIri,
  isIrl,
  isLanguageTag,
  isMailtoIri,
  isSha1Hex,
  isSha2Hex,
  isTimestamp,
  isUuid,
  type ValidationIssue,
  type ValidationOptions,
  type ValidationResult,
  type XapiVersion,
} from './validation/index.ts'
export {
  practicumNamespace,
  profileIri,
  profileVersionIri,
  verbs,
  activityTypes,
  extensions,
  recordingUsageType,
} from './profile/index.ts'
export { uuidV5, statementIdNamespace } from './ids/index.ts'
export type {
  Activity,
  AttachmentContent,
  AttachmentMetadata,
  LanguageMap,
  Learner,
  OutgoingStatement,
  Statement,
} from './statements/index.ts'
export { forVersion, assertValid, InvalidStatementError } from './statements/index.ts'
export {
  createStatementMapper,
  mapAttempt,
  learnerByAccount,
  learnerByMbox,
  recordingAttachment,
  scenarioActivityId,
  competencyActivityId,
  defaultActivityBase,
  type StatementMapper,
  type StatementMapperOptions,
} from './mapping/index.ts'
export {
  createMemoryQueueStore,
  openIndexedDbQueueStore,
  type QueueStore,
  type QueuedStatement,
  type FailedStatement,
} from './queue/index.ts'
export {
  createTransport,
  keepaliveBudget,
  webLocks,
  flushOnPageHide,
  negotiateVersion,
  authorizationHeader,
  sameStatement,
  backoffDelay,
  retryAfterMs,
  type LrsAuth,
  type LrsEndpoint,
  type Transport,
  type TransportOptions,
  type TransportStatus,
} from './transport/index.ts'
