// REST: POST /api/contents/:id/transition {to, reason} and POST /api/contents/lint (live lint of unsaved copy).
import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { hasRole, userOf } from '../../access/roles'
import { lintContent } from './lint'
import { transitionContent, type ContentStatus } from './workflow'

async function bodyOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = await req.json?.()
    return body && typeof body === 'object' ? body : {}
  } catch {
    throw new APIError('请求体必须是JSON / The request body must be JSON', 400, undefined, true)
  }
}

export const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const user = userOf({ req })
    if (!user) throw new APIError('请先登录 / Log in first', 401, undefined, true)
    const body = await bodyOf(req)
    const doc = await transitionContent(req.payload, {
      id: String(req.routeParams?.id ?? ''),
      to: String(body.to ?? '') as ContentStatus,
      reason: typeof body.reason === 'string' ? body.reason : null,
      user,
      req,
    })
    return Response.json({ id: doc.id, status: doc.status, message: '状态已更新 / Status updated' })
  },
}

export const lintEndpoint: Endpoint = {
  path: '/lint',
  method: 'post',
  handler: async (req) => {
    if (!hasRole('admin', 'editor', 'reviewer')({ req })) throw new APIError('无权使用合规检查 / Not allowed', 403, undefined, true)
    return Response.json(await lintContent(req.payload, await bodyOf(req)))
  },
}
