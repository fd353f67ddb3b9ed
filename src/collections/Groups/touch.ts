// POST /api/groups/touch {account} — after a manager confirms a group task, their groups on that WeCom
// account count as active again (the health signal reads lastActivityAt).
import { APIError, type Endpoint } from 'payload'

import { userOf } from '../../access/roles'

export const touchGroups: Endpoint = {
  path: '/touch',
  method: 'post',
  handler: async (req) => {
    const user = userOf({ req })
    if (!user) throw new APIError('请先登录 / Log in first', 401, undefined, true)
    const body = ((await req.json?.().catch(() => ({}))) ?? {}) as { account?: unknown }
    if (typeof body.account !== 'string' || !body.account) throw new APIError('缺少渠道账号 / account is required', 400, undefined, true)
    const r = await req.payload.update({
      collection: 'groups',
      where: { and: [{ manager: { equals: user.id } }, { account: { equals: body.account } }] },
      data: { lastActivityAt: new Date().toISOString() },
      // the where clause is the scope (own groups only); managers cannot read the linked account itself
      overrideAccess: true,
      depth: 0,
    })
    return Response.json({ updated: r.docs.length })
  },
}
