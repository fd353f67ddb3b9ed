// GET /posters/:id/me.jpg|png — the short link managers share and bookmark. A thin alias of the Payload
// endpoint /api/posters/:id/me.<ext> (which knows the logged-in user from the cookie), called over loopback
// so this Express process never boots a second Payload. Only the headers that matter are forwarded.
import { Readable } from 'node:stream'
import { Router, type Request, type Response } from 'express'

import type { AppEnv } from '../lib/env'

// origin and sec-fetch-site too: Payload accepts the session cookie only from same-site requests (CSRF)
const FORWARD = ['cookie', 'origin', 'sec-fetch-site', 'authorization', 'if-none-match', 'accept-language']
const BACK = ['content-type', 'content-length', 'content-disposition', 'etag', 'cache-control', 'x-content-type-options']

export const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/

export const notFound = (res: Response) => res.status(404).json({ errors: [{ message: '未找到 / Not found' }] })

/** Forwards a GET to the Payload endpoint `apiPath` over loopback and streams its answer back. */
export async function forwardToPayload(env: AppEnv, req: Request, res: Response, apiPath: string): Promise<void> {
  const headers: Record<string, string> = {}
  for (const h of FORWARD) if (typeof req.headers[h] === 'string') headers[h] = req.headers[h] as string
  try {
    const r = await fetch(`http://127.0.0.1:${env.port}${apiPath}`, { headers, signal: AbortSignal.timeout(60_000) })
    res.status(r.status)
    for (const h of BACK) {
      const v = r.headers.get(h)
      if (v) res.setHeader(h, v)
    }
    if (!r.body || r.status === 304) res.end()
    else Readable.fromWeb(r.body as never).pipe(res)
  } catch {
    res.status(502).json({ errors: [{ message: '海报服务暂不可用，请稍后重试 / Poster service unavailable; try again shortly' }] })
  }
}

export function postersRouter(env: AppEnv): Router {
  const router = Router()
  router.get('/posters/:id/me.:ext', async (req, res) => {
    const { id, ext } = req.params
    if (!SAFE_ID.test(id) || (ext !== 'jpg' && ext !== 'png')) return void notFound(res)
    await forwardToPayload(env, req, res, `/api/posters/${id}/me.${ext}`)
  })
  return router
}
