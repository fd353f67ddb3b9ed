// POST /api/events — downstream conversions (开户, 绑卡, 购买, 报名, 参与活动 …) from business systems.
// Auth: `Authorization: Bearer <API key>` (or `X-API-Key`) of an active integration. Body: one event or
// {events: [...]} (≤ 500): {type, externalId, amount?, code?, occurredAt?, customer?}. `code` is the
// tracking or referral code the customer came through. (integration, externalId) is unique, so a retried
// post is answered "duplicate" and never counted twice.
import { APIError, type Endpoint, type Payload } from 'payload'

import { hashApiKey } from '../lib/tracking/codes'
import { MAX_EVENTS, recordConversions, type IncomingEvent } from '../lib/tracking/conversions'

async function integrationFor(payload: Payload, key: string | null) {
  if (!key) return null
  const found = await payload.find({
    collection: 'integrations',
    where: { and: [{ keyHash: { equals: hashApiKey(key) } }, { active: { equals: true } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return (found.docs[0] as unknown as { id: string; lastUsedAt?: string } | undefined) ?? null
}

export const postEvents: Endpoint = {
  path: '/events',
  method: 'post',
  handler: async (req) => {
    const auth = req.headers.get('authorization')
    const key = auth?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? req.headers.get('x-api-key')
    const integration = await integrationFor(req.payload, key)
    if (!integration) return Response.json({ error: 'API 密钥无效或已停用 / Invalid or disabled API key' }, { status: 401 })

    const body = (await req.json?.().catch(() => null)) as IncomingEvent | { events?: IncomingEvent[] } | null
    if (!body || typeof body !== 'object') throw new APIError('请求体必须是 JSON / Body must be JSON', 400, undefined, true)
    const events = Array.isArray((body as { events?: unknown }).events) ? (body as { events: IncomingEvent[] }).events : [body as IncomingEvent]
    if (events.length === 0 || events.length > MAX_EVENTS)
      throw new APIError(`一次 1–${MAX_EVENTS} 个事件 / 1–${MAX_EVENTS} events per call`, 400, undefined, true)
    const out = await recordConversions(req.payload, integration.id, events)
    if ('problems' in out) return Response.json({ error: '事件格式不正确 / Invalid events', problems: out.problems }, { status: 400 })

    if (!integration.lastUsedAt || Date.now() - Date.parse(integration.lastUsedAt) > 60_000) {
      await req.payload.db.updateOne({ collection: 'integrations', id: integration.id, data: { lastUsedAt: new Date().toISOString() }, returning: false })
    }
    return Response.json({
      accepted: out.results.filter((r) => r.status === 'created').length,
      duplicates: out.results.filter((r) => r.status === 'duplicate').length,
      results: out.results,
    })
  },
}
