export { validateStatement, validateStatements, voidedVerbId } from './statement.ts'
export { signatureUsageType } from './attachment.ts'
export {
  isDuration,
  isIri,
  isIrl,
  isLanguageTag,
  isMailtoIri,
  isSha1Hex,
  isSha2Hex,
  isTimestamp,
  isUuid,
} from './formats.ts'
export type { ValidationIssue, ValidationOptions, ValidationResult, XapiVersion } from './issues.ts'
