// GET /my-posters/studio/me.jpg and /my-posters/activity/:id/me.jpg — the signed-in manager's personalised
// 名片 poster and activity posters. Payload (over loopback, with the caller's own cookie) decides what goes
// on them; this process renders them with the poster engine.
import { Router, type Request, type Response } from 'express'

import type { AppEnv } from '../lib/env'
import { log } from '../lib/log'
import { reviveRenderInput, type PosterInputJson } from '../lib/community/poster'
import { PosterInputError, renderPersonalised } from '../templates'

// origin and sec-fetch-site too: Payload accepts the session cookie only from same-site requests (CSRF)
const FORWARD = ['cookie', 'origin', 'sec-fetch-site', 'authorization']

export function myPostersRouter(env: AppEnv): Router {
  const router = Router()
  const send = async (req: Request, res: Response, activity: string | null, filename: string) => {
    try {
      const query = activity ? `?activity=${encodeURIComponent(activity)}` : ''
      const headers: Record<string, string> = {}
      for (const h of FORWARD) if (typeof req.headers[h] === 'string') headers[h] = req.headers[h] as string
      const r = await fetch(`http://127.0.0.1:${env.port}/api/community/poster-input${query}`, { headers, signal: AbortSignal.timeout(30_000) })
      if (r.status === 401 || r.status === 404) {
        res.status(r.status).type('text/plain; charset=utf-8').send(r.status === 401 ? '请先登录 / Log in first' : '活动不存在 / Activity not found')
        return
      }
      if (!r.ok) throw new Error(`poster-input HTTP ${r.status}`)
      const poster = await renderPersonalised(reviveRenderInput((await r.json()) as PosterInputJson))
      res
        .status(200)
        .set({ 'Content-Type': poster.contentType, 'Cache-Control': 'private, max-age=600', 'Content-Disposition': `attachment; filename="${filename}"` })
        .send(poster.buffer)
    } catch (err) {
      if (err instanceof PosterInputError) {
        res.status(422).type('text/plain; charset=utf-8').send(`${err.zh} / ${err.en}`)
        return
      }
      log.warn(`poster ${req.path} failed: ${err instanceof Error ? err.message : String(err)}`)
      res.status(500).type('text/plain; charset=utf-8').send('海报生成失败，请稍后再试 / Poster rendering failed, try again later')
    }
  }
  router.get('/my-posters/studio/me.jpg', (req, res) => send(req, res, null, 'my-card.jpg'))
  router.get('/my-posters/activity/:id/me.jpg', (req, res) => send(req, res, req.params.id, `activity-${req.params.id}.jpg`))
  return router
}
