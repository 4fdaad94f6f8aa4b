import { isUuid } from './formats.ts'
import { checkObject, checkString, child, report, type Checker } from './issues.ts'

/** Checks a StatementRef: objectType "StatementRef" (required unless `typeOptional`) and a UUID id. */
export function checkStatementRef(
  checker: Checker,
  value: unknown,
  path: string,
  typeOptional = false,
): void {
  if (!checkObject(checker, value, path, ['objectType', 'id'])) return
  if (value.objectType !== 'StatementRef' && !(typeOptional && value.objectType === undefined))
    report(checker, child(path, 'objectType'), 'must be "StatementRef"')
  if (value.id === undefined) report(checker, child(path, 'id'), 'is required')
  else if (checkString(checker, value.id, child(path, 'id')) && !isUuid(value.id))
    report(checker, child(path, 'id'), 'must be a UUID')
}
