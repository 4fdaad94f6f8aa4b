type Json = Record<string, unknown>

/**
 * The canonical key of an agent or identified group: its inverse functional identifier as one
 * string (`mbox:mailto:a@b.c`, `mbox_sha1sum:…`, `openid:…`, `account:homePage|name`).
 * Undefined for an anonymous group or something that is not an actor.
 */
export function agentKey(actor: unknown): string | undefined {
  if (typeof actor !== 'object' || actor === null) return undefined
  const agent = actor as Json
  if (typeof agent.mbox === 'string') return `mbox:${agent.mbox.toLowerCase()}`
  if (typeof agent.mbox_sha1sum === 'string') return `mbox_sha1sum:${agent.mbox_sha1sum.toLowerCase()}`
  if (typeof agent.openid === 'string') return `openid:${agent.openid}`
  const account = agent.account
  if (typeof account === 'object' && account !== null) {
    const { homePage, name } = account as Json
    if (typeof homePage === 'string' && typeof name === 'string') return `account:${homePage}|${name}`
  }
  return undefined
}
