import { isIri, isIrl } from './formats.ts'
import { checkObject, checkString, child, describe, report, type Checker } from './issues.ts'
import { checkExtensions, checkLanguageMap } from './language-map.ts'

const interactionTypes = [
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
]

/** Which interaction component lists each interactionType may carry. */
const componentsByType: Record<string, readonly string[]> = {
  choice: ['choices'],
  sequencing: ['choices'],
  likert: ['scale'],
  matching: ['source', 'target'],
  performance: ['steps'],
}
const componentLists = ['choices', 'scale', 'source', 'target', 'steps']

function checkComponents(checker: Checker, value: unknown, path: string): void {
  if (!Array.isArray(value)) {
    report(checker, path, `must be an array, got ${describe(value)}`)
    return
  }
  const seen = new Set<string>()
  value.forEach((component, index) => {
    const at = child(path, index)
    if (!checkObject(checker, component, at, ['id', 'description'])) return
    if (component.id === undefined) report(checker, child(at, 'id'), 'is required')
    else if (checkString(checker, component.id, child(at, 'id'))) {
      if (component.id.trim() === '') report(checker, child(at, 'id'), 'must not be empty')
      if (seen.has(component.id))
        report(checker, child(at, 'id'), `"${component.id}" is used twice in this list`)
      seen.add(component.id)
    }
    if (component.description !== undefined)
      checkLanguageMap(checker, component.description, child(at, 'description'))
  })
}

/** Checks an Activity Definition, including the interaction (cmi.interaction) properties. */
export function checkActivityDefinition(checker: Checker, value: unknown, path: string): void {
  const keys = [
    'name',
    'description',
    'type',
    'moreInfo',
    'extensions',
    'interactionType',
    'correctResponsesPattern',
  ]
  if (!checkObject(checker, value, path, [...keys, ...componentLists])) return
  if (value.name !== undefined) checkLanguageMap(checker, value.name, child(path, 'name'))
  if (value.description !== undefined)
    checkLanguageMap(checker, value.description, child(path, 'description'))
  if (value.type !== undefined && checkString(checker, value.type, child(path, 'type')) && !isIri(value.type))
    report(checker, child(path, 'type'), 'must be an IRI')
  if (
    value.moreInfo !== undefined &&
    checkString(checker, value.moreInfo, child(path, 'moreInfo')) &&
    !isIrl(value.moreInfo)
  )
    report(checker, child(path, 'moreInfo'), 'must be an IRL')
  if (value.extensions !== undefined)
    checkExtensions(checker, value.extensions, child(path, 'extensions'), isIri)
  const type = value.interactionType
  if (
    type !== undefined &&
    checkString(checker, type, child(path, 'interactionType')) &&
    !interactionTypes.includes(type)
  )
    report(checker, child(path, 'interactionType'), `must be one of ${interactionTypes.join(', ')}`)
  if (value.correctResponsesPattern !== undefined) {
    const at = child(path, 'correctResponsesPattern')
    if (type === undefined) report(checker, at, 'needs an interactionType')
    if (!Array.isArray(value.correctResponsesPattern)) report(checker, at, 'must be an array of strings')
    else value.correctResponsesPattern.forEach((item, index) => checkString(checker, item, child(at, index)))
  }
  for (const list of componentLists) {
    if (value[list] === undefined) continue
    const at = child(path, list)
    if (typeof type !== 'string') report(checker, at, 'needs an interactionType')
    else if (interactionTypes.includes(type) && !(componentsByType[type] ?? []).includes(list))
      report(checker, at, `is not allowed with interactionType "${type}"`)
    checkComponents(checker, value[list], at)
  }
}

/** Checks an Activity (objectType absent or "Activity"): an IRI id, an optional definition. */
export function checkActivity(checker: Checker, value: unknown, path: string): void {
  if (!checkObject(checker, value, path, ['objectType', 'id', 'definition'])) return
  if (value.objectType !== undefined && value.objectType !== 'Activity')
    report(checker, child(path, 'objectType'), 'must be "Activity"')
  if (value.id === undefined) report(checker, child(path, 'id'), 'is required')
  else if (checkString(checker, value.id, child(path, 'id')) && !isIri(value.id))
    report(checker, child(path, 'id'), 'must be an IRI')
  if (value.definition !== undefined)
    checkActivityDefinition(checker, value.definition, child(path, 'definition'))
}
