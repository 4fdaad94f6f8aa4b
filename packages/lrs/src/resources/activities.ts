import { allows } from '../credentials/scopes.ts'
import { HttpError } from '../http/http-error.ts'
import type { LrsContext, LrsRequest, LrsResponse } from '../http/lrs-request.ts'
import { iriParam, onlyParams, required } from '../http/params.ts'

/** GET /activities?activityId=…: the Activity with the definition the LRS holds (just the id when unknown). */
export async function getActivities(request: LrsRequest, context: LrsContext): Promise<LrsResponse> {
  if (!allows(request.credential.scopes, 'define/read'))
    throw new HttpError(403, 'this credential may not read activities')
  onlyParams(request.params, ['activityId'])
  const id = iriParam(required(request.params, 'activityId'), 'activityId')
  const definition = await context.storage.getActivity(id)
  const activity: Record<string, unknown> = { objectType: 'Activity', id }
  if (definition !== undefined && Object.keys(definition).length > 0) activity.definition = definition
  return { status: 200, body: activity }
}
