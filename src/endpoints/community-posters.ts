// The signed-in manager's personalised posters: GET /api/community/posters/studio/me.jpg (their 名片 poster)
// and /api/community/posters/activity/:id/me.jpg (their poster of an activity), rendered by the worker and
// served with an ETag; the Express aliases /my-posters/... forward here. GET /api/community/poster-input
// [?activity=<id>] shows what goes on them (the QR's tracking link, for instance).
import type { Endpoint, PayloadRequest } from 'payload'

import { brandStamp } from '../collections/PosterTemplates/previews'
import { fail, renderAndSend, requireUser } from '../collections/Posters/http'
import { forgetRender, renderAndWait, versionOf, type RenderedFile } from '../jobs/render/enqueue'
import { communityPosterInput } from '../lib/community/poster'

const notFound = () => fail(404, '活动不存在或已下架', 'Activity not found')

async function sendCommunityPoster(req: PayloadRequest, activityId: string | null): Promise<Response> {
  const user = requireUser(req)
  if (user.role !== 'manager') fail(403, '仅客户经理可下载自己的海报', 'Managers only')
  let activityStamp: string | null = null
  if (activityId !== null) {
    const activity = await req.payload.findByID({ collection: 'activities', id: activityId, depth: 0, overrideAccess: true, disableErrors: true })
    if (!activity || activity.status !== 'active') notFound()
    activityStamp = String(activity!.updatedAt)
  }
  const ext = 'jpg' as const
  const version = versionOf(user.updatedAt ?? null, activityStamp, await brandStamp(req.payload))
  const jobId = `community-${user.id}-${activityId ?? 'studio'}-${ext}-${version}`
  const job = { name: 'community' as const, data: { managerId: String(user.id), activityId, ext } }
  return renderAndSend(req, () => renderAndWait<RenderedFile>(job, jobId), () => forgetRender(jobId), activityId ? `activity-${activityId}` : 'my-card')
}

export const communityPosterEndpoints: Endpoint[] = [
  { path: '/community/posters/studio/me.jpg', method: 'get', handler: (req) => sendCommunityPoster(req, null) },
  { path: '/community/posters/activity/:id/me.jpg', method: 'get', handler: (req) => sendCommunityPoster(req, String(req.routeParams?.id ?? '')) },
  {
    path: '/community/poster-input',
    method: 'get',
    handler: async (req) => {
      const user = requireUser(req)
      const input = await communityPosterInput(req.payload, String(user.id), typeof req.query?.activity === 'string' ? req.query.activity : null)
      if (!input) return notFound()
      const { logo, ...brand } = input.brand ?? {}
      return Response.json({ ...input, brand: { ...brand, logo: logo?.toString('base64') } }, { headers: { 'Cache-Control': 'no-store' } })
    },
  },
]
