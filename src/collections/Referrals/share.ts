// POST /api/referrals/share {code, inviter} — internal (the Express route /t/:code/share computes the
// customer's fingerprint and calls this). Returns the customer's own share link, one per (code, inviter).
import { APIError, type Endpoint } from 'payload'

import { INTERNAL_HEADER, isInternalToken } from '../../lib/tracking/codes'
import { createShareLink } from '../../lib/tracking/referrals'

export const shareEndpoint: Endpoint = {
  path: '/share',
  method: 'post',
  handler: async (req) => {
    if (!isInternalToken(req.headers.get(INTERNAL_HEADER))) return Response.json({ error: '无权访问 / Forbidden' }, { status: 403 })
    const body = (await req.json?.().catch(() => null)) as { code?: string; inviter?: string } | null
    if (!body?.code || !body.inviter) throw new APIError('缺少 code 或 inviter / code and inviter are required', 400, undefined, true)
    const share = await createShareLink(req.payload, { code: body.code, inviter: body.inviter })
    if (!share) return Response.json({ error: '推广码不存在 / Unknown code' }, { status: 404 })
    return Response.json(share)
  },
}
