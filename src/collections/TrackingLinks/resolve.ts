// GET /api/tracking-links/resolve/:code — for the Express redirect only (internal token): resolves a
// code Redis does not know, and caches the answer (or its absence) for the next scans.
import type { Endpoint } from 'payload'

import { sharedRedis } from '../../jobs/connection'
import { INTERNAL_HEADER, isInternalToken } from '../../lib/tracking/codes'
import { resolveCode } from '../../lib/tracking/links'
import { cacheLinkEntry, cacheMissingCode } from '../../lib/tracking/redis'

export const resolveEndpoint: Endpoint = {
  path: '/resolve/:code',
  method: 'get',
  handler: async (req) => {
    if (!isInternalToken(req.headers.get(INTERNAL_HEADER))) return Response.json({ error: '无权访问 / Forbidden' }, { status: 403 })
    const code = String(req.routeParams?.code ?? '')
    const entry = await resolveCode(req.payload, code)
    if (entry) await cacheLinkEntry(sharedRedis(), entry)
    else await cacheMissingCode(sharedRedis(), code)
    return entry ? Response.json(entry) : Response.json({ error: '未找到 / Not found' }, { status: 404 })
  },
}
