// GET /api/community/poster-input[?activity=<id>] — what the Express route /my-posters/... renders for the
// signed-in user: their 名片 poster, or their poster of an activity. Rendering stays out of Next.
import { APIError, type Endpoint } from 'payload'

import { userOf } from '../access/roles'
import { activityPosterInput, studioPosterInput } from '../lib/community/poster'

export const communityPosterInput: Endpoint = {
  path: '/community/poster-input',
  method: 'get',
  handler: async (req) => {
    const user = userOf({ req })
    if (!user) throw new APIError('请先登录 / Log in first', 401, undefined, true)
    const activity = typeof req.query?.activity === 'string' ? req.query.activity : null
    const input = activity ? await activityPosterInput(req.payload, activity, user.id) : await studioPosterInput(req.payload, user.id)
    if (!input) throw new APIError('活动不存在或已下架 / Activity not found', 404, undefined, true)
    return Response.json(input, { headers: { 'Cache-Control': 'no-store' } })
  },
}
