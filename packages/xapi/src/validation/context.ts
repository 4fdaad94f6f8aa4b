import { checkActivity } from './activity.ts'
import { checkActor, checkAgent, checkGroup } from './actor.ts'
import { isIri, isLanguageTag, isUuid } from './formats.ts'
import { checkObject, checkString, child, describe, isObject, report, type Checker } from './issues.ts'
import { checkExtensions } from './language-map.ts'
import { checkStatementRef } from './statement-ref.ts'

function checkContextActivities(checker: Checker, value: unknown, path: string): void {
  if (!checkObject(checker, value, path, ['parent', 'grouping', 'category', 'other'])) return
  for (const [key, list] of Object.entries(value)) {
    const at = child(path, key)
    if (Array.isArray(list))
      list.forEach((activity, index) => checkActivity(checker, activity, child(at, index)))
    else checkActivity(checker, list, at)
  }
}

function checkRelevantTypes(checker: Checker, value: unknown, path: string): void {
  if (!Array.isArray(value) || value.length === 0) {
    report(checker, path, `must be a non-empty array of IRIs, got ${describe(value)}`)
    return
  }
  value.forEach((type, index) => {
    if (checkString(checker, type, child(path, index)) && !isIri(type))
      report(checker, child(path, index), 'must be an IRI')
  })
}

function checkContextActors(checker: Checker, value: unknown, path: string, kind: 'Agent' | 'Group'): void {
  if (!Array.isArray(value)) {
    report(checker, path, `must be an array, got ${describe(value)}`)
    return
  }
  const objectType = kind === 'Agent' ? 'contextAgent' : 'contextGroup'
  const property = kind === 'Agent' ? 'agent' : 'group'
  value.forEach((entry, index) => {
    const at = child(path, index)
    if (!checkObject(checker, entry, at, ['objectType', property, 'relevantTypes'])) return
    if (entry.objectType !== objectType) report(checker, child(at, 'objectType'), `must be "${objectType}"`)
    if (entry[property] === undefined) report(checker, child(at, property), 'is required')
    else if (kind === 'Agent') checkAgent(checker, entry[property], child(at, property))
    else checkGroup(checker, entry[property], child(at, property))
    if (entry.relevantTypes !== undefined)
      checkRelevantTypes(checker, entry.relevantTypes, child(at, 'relevantTypes'))
  })
}

/**
 * Checks a Context. `objectIsActivity` matters: revision and platform are only allowed when
 * the statement's object is an Activity.
 */
export function checkContext(
  checker: Checker,
  value: unknown,
  path: string,
  objectIsActivity: boolean,
): void {
  const keys = [
    'registration',
    'instructor',
    'team',
    'contextActivities',
    'revision',
    'platform',
    'language',
    'statement',
    'extensions',
  ]
  if (checker.version === '2.0.0') keys.push('contextAgents', 'contextGroups')
  if (!checkObject(checker, value, path, keys)) return
  if (
    value.registration !== undefined &&
    checkString(checker, value.registration, child(path, 'registration')) &&
    !isUuid(value.registration)
  )
    report(checker, child(path, 'registration'), 'must be a UUID')
  if (value.instructor !== undefined) checkActor(checker, value.instructor, child(path, 'instructor'))
  if (value.team !== undefined) {
    if (isObject(value.team) && value.team.objectType === 'Group')
      checkGroup(checker, value.team, child(path, 'team'))
    else report(checker, child(path, 'team'), 'must be a Group')
  }
  if (value.contextActivities !== undefined)
    checkContextActivities(checker, value.contextActivities, child(path, 'contextActivities'))
  for (const key of ['revision', 'platform'] as const) {
    if (value[key] === undefined) continue
    checkString(checker, value[key], child(path, key))
    if (!objectIsActivity) report(checker, child(path, key), 'is only allowed when the object is an Activity')
  }
  if (
    value.language !== undefined &&
    checkString(checker, value.language, child(path, 'language')) &&
    !isLanguageTag(value.language)
  )
    report(checker, child(path, 'language'), 'must be an RFC 5646 language tag')
  if (value.statement !== undefined)
    checkStatementRef(checker, value.statement, child(path, 'statement'), true)
  if (value.extensions !== undefined)
    checkExtensions(checker, value.extensions, child(path, 'extensions'), isIri)
  if (value.contextAgents !== undefined)
    checkContextActors(checker, value.contextAgents, child(path, 'contextAgents'), 'Agent')
  if (value.contextGroups !== undefined)
    checkContextActors(checker, value.contextGroups, child(path, 'contextGroups'), 'Group')
}
