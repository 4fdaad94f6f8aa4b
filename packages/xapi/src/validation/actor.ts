import { isIri, isIrl, isMailtoIri, isSha1Hex } from './formats.ts'
import { checkObject, checkString, child, describe, isObject, report, type Checker } from './issues.ts'

const ifiKeys = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const
const agentKeys = ['objectType', 'name', ...ifiKeys]
const groupKeys = [...agentKeys, 'member']

/** Reports each inverse functional identifier present and returns how many there are. */
function checkIfis(checker: Checker, actor: Record<string, unknown>, path: string): number {
  let count = 0
  for (const key of ifiKeys) {
    if (!(key in actor)) continue
    count++
    const value = actor[key]
    const at = child(path, key)
    if (key === 'account') {
      if (checkObject(checker, value, at, ['homePage', 'name'])) {
        if (value.homePage === undefined) report(checker, child(at, 'homePage'), 'is required')
        else if (checkString(checker, value.homePage, child(at, 'homePage')) && !isIrl(value.homePage))
          report(checker, child(at, 'homePage'), 'must be an IRL')
        if (value.name === undefined) report(checker, child(at, 'name'), 'is required')
        else checkString(checker, value.name, child(at, 'name'))
      }
    } else if (checkString(checker, value, at)) {
      if (key === 'mbox' && !isMailtoIri(value)) report(checker, at, 'must be a mailto: IRI')
      if (key === 'mbox_sha1sum' && !isSha1Hex(value)) report(checker, at, 'must be 40 hex digits (SHA-1)')
      if (key === 'openid' && !isIri(value)) report(checker, at, 'must be a URI')
    }
  }
  return count
}

/** Checks an Agent (objectType absent or "Agent"): exactly one inverse functional identifier. */
export function checkAgent(checker: Checker, value: unknown, path: string): void {
  if (!checkObject(checker, value, path, agentKeys)) return
  if (value.objectType !== undefined && value.objectType !== 'Agent')
    report(checker, child(path, 'objectType'), `must be "Agent", got ${describe(value.objectType)}`)
  if (value.name !== undefined) checkString(checker, value.name, child(path, 'name'))
  const count = checkIfis(checker, value, path)
  if (count !== 1)
    report(
      checker,
      path,
      `an Agent needs exactly one of mbox, mbox_sha1sum, openid, account (found ${count})`,
    )
}

/** Checks a Group: identified (one IFI) or anonymous (members required); members are Agents. */
export function checkGroup(checker: Checker, value: unknown, path: string): void {
  if (!checkObject(checker, value, path, groupKeys)) return
  if (value.objectType !== 'Group') report(checker, child(path, 'objectType'), 'must be "Group"')
  if (value.name !== undefined) checkString(checker, value.name, child(path, 'name'))
  const count = checkIfis(checker, value, path)
  if (count > 1)
    report(checker, path, `a Group has at most one inverse functional identifier (found ${count})`)
  const members = value.member
  if (members === undefined) {
    if (count === 0) report(checker, child(path, 'member'), 'an anonymous Group needs members')
    return
  }
  if (!Array.isArray(members)) {
    report(checker, child(path, 'member'), `must be an array, got ${describe(members)}`)
    return
  }
  if (count === 0 && members.length === 0)
    report(checker, child(path, 'member'), 'an anonymous Group needs members')
  members.forEach((member, index) => {
    const at = child(child(path, 'member'), index)
    if (isObject(member) && member.objectType === 'Group')
      report(checker, at, 'a Group member must be an Agent')
    else checkAgent(checker, member, at)
  })
}

/** Checks an actor: an Agent or a Group, told apart by objectType. */
export function checkActor(checker: Checker, value: unknown, path: string): void {
  if (isObject(value) && value.objectType === 'Group') checkGroup(checker, value, path)
  else checkAgent(checker, value, path)
}
