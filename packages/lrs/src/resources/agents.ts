import { allows } from '../credentials/scopes.ts'
import { HttpError } from '../http/http-error.ts'
import type { LrsContext, LrsRequest, LrsResponse } from '../http/lrs-request.ts'
import { agentParam, onlyParams, required } from '../http/params.ts'

/** GET /agents?agent=…: the Person object of what the LRS knows about that agent. */
export async function getAgents(request: LrsRequest, context: LrsContext): Promise<LrsResponse> {
  if (!allows(request.credential.scopes, 'define/read'))
    throw new HttpError(403, 'this credential may not read agents')
  onlyParams(request.params, ['agent'])
  const { key, agent } = agentParam(required(request.params, 'agent'))
  const person: Record<string, unknown> = { objectType: 'Person' }
  const names = await context.storage.getAgentNames(key)
  if (typeof agent.name === 'string' && !names.includes(agent.name)) names.push(agent.name)
  if (names.length > 0) person.name = names
  for (const ifi of ['mbox', 'mbox_sha1sum', 'openid', 'account'])
    if (agent[ifi] !== undefined) person[ifi] = [agent[ifi]]
  return { status: 200, body: person }
}
