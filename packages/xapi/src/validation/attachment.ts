import { isIri, isIrl, isSha2Hex } from './formats.ts'
import { checkObject, checkString, child, describe, report, type Checker } from './issues.ts'
import { checkLanguageMap } from './language-map.ts'

/** The usage type that marks a JWS signature attachment (xAPI §4.2.6). */
export const signatureUsageType = 'http://adlnet.gov/expapi/attachments/signature'

function checkAttachment(checker: Checker, value: unknown, path: string): void {
  const keys = ['usageType', 'display', 'description', 'contentType', 'length', 'sha2', 'fileUrl']
  if (!checkObject(checker, value, path, keys)) return
  for (const key of ['usageType', 'display', 'contentType', 'length', 'sha2']) {
    if (value[key] === undefined) report(checker, child(path, key), 'is required')
  }
  if (
    value.usageType !== undefined &&
    checkString(checker, value.usageType, child(path, 'usageType')) &&
    !isIri(value.usageType)
  )
    report(checker, child(path, 'usageType'), 'must be an IRI')
  if (value.display !== undefined) checkLanguageMap(checker, value.display, child(path, 'display'))
  if (value.description !== undefined)
    checkLanguageMap(checker, value.description, child(path, 'description'))
  if (
    value.contentType !== undefined &&
    checkString(checker, value.contentType, child(path, 'contentType')) &&
    !/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/.test(value.contentType)
  )
    report(checker, child(path, 'contentType'), 'must be an Internet Media Type')
  if (value.length !== undefined && !(Number.isInteger(value.length) && (value.length as number) >= 0))
    report(checker, child(path, 'length'), `must be a non-negative integer, got ${describe(value.length)}`)
  if (
    value.sha2 !== undefined &&
    checkString(checker, value.sha2, child(path, 'sha2')) &&
    !isSha2Hex(value.sha2)
  )
    report(checker, child(path, 'sha2'), 'must be a hex SHA-2 digest')
  if (
    value.fileUrl !== undefined &&
    checkString(checker, value.fileUrl, child(path, 'fileUrl')) &&
    !isIrl(value.fileUrl)
  )
    report(checker, child(path, 'fileUrl'), 'must be an IRL')
}

/** Checks a statement's attachments array. */
export function checkAttachments(checker: Checker, value: unknown, path: string): void {
  if (!Array.isArray(value)) {
    report(checker, path, `must be an array, got ${describe(value)}`)
    return
  }
  value.forEach((attachment, index) => checkAttachment(checker, attachment, child(path, index)))
}
