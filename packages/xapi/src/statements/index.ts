export type {
  Activity,
  AttachmentContent,
  AttachmentMetadata,
  LanguageMap,
  Learner,
  OutgoingStatement,
  Statement,
} from './statement.ts'
export { forVersion, assertValid, InvalidStatementError } from './for-version.ts'
export { sameStatement, type CompareOptions } from './same-statement.ts'
