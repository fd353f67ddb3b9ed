import { APIError, type Endpoint } from 'payload'

import { getAdapter } from '../../channels'
import { isChannelError } from '../../channels/errors'
import { channelContext, loadAccount } from './channel-context'

/** POST /api/channel-accounts/:id/test-connection — admins check a linked account and record its health. */
export const testConnection: Endpoint = {
  path: '/:id/test-connection',
  method: 'post',
  handler: async (req) => {
    if (req.user?.collection !== 'users' || (req.user as { role?: string }).role !== 'admin') {
      throw new APIError('只有管理员可以测试连接 / Only administrators can test a connection', 403, undefined, true)
    }
    const id = String(req.routeParams?.id ?? '')
    const account = await loadAccount(req.payload, id)
    if (!account) throw new APIError('账号不存在 / Account not found', 404, undefined, true)
    let result: { ok: boolean; message: { zh: string; en: string } }
    try {
      result = await getAdapter(account.kind).testConnection(channelContext(req.payload, account, { timeoutMs: 8_000 }))
    } catch (e) {
      result = { ok: false, message: isChannelError(e) ? { zh: e.zh, en: e.en } : { zh: '连接测试失败', en: 'Connection test failed' } }
    }
    await req.payload.db.updateOne({
      collection: 'channel-accounts',
      id,
      data: {
        health: result.ok ? 'ok' : 'needs_reconnect',
        lastError: result.ok ? null : `${result.message.zh} / ${result.message.en}`,
        healthCheckedAt: new Date().toISOString(),
      },
      returning: false,
    })
    return Response.json(result)
  },
}
