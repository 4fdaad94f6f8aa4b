import { isLanguageTag } from './formats.ts'
import { checkObject, checkString, child, isObject, report, type Checker } from './issues.ts'

/** Checks a language map: RFC 5646 tags as keys, strings as values. */
export function checkLanguageMap(checker: Checker, value: unknown, path: string): void {
  if (!isObject(value)) {
    checkObject(checker, value, path, [])
    return
  }
  for (const [tag, text] of Object.entries(value)) {
    if (!isLanguageTag(tag)) report(checker, child(path, tag), `"${tag}" is not an RFC 5646 language tag`)
    checkString(checker, text, child(path, tag))
  }
}

/** Checks an extensions object: IRI keys, any JSON values (null included). */
export function checkExtensions(
  checker: Checker,
  value: unknown,
  path: string,
  isIri: (key: string) => boolean,
): void {
  if (!isObject(value)) {
    checkObject(checker, value, path, [])
    return
  }
  for (const key of Object.keys(value)) {
    if (!isIri(key)) report(checker, child(path, key), `extension key "${key}" is not an IRI`)
  }
}
