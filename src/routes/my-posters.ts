// GET /my-posters/studio/me.jpg and /my-posters/activity/:id/me.jpg — the signed-in manager's 名片 poster and
// activity posters, the links of the workbench. Thin aliases of /api/community/posters/... (the worker renders).
import { Router } from 'express'

import type { AppEnv } from '../lib/env'
import { forwardToPayload, notFound, SAFE_ID } from './posters'

export function myPostersRouter(env: AppEnv): Router {
  const router = Router()
  router.get('/my-posters/studio/me.jpg', (req, res) => forwardToPayload(env, req, res, '/api/community/posters/studio/me.jpg'))
  router.get('/my-posters/activity/:id/me.jpg', async (req, res) => {
    if (!SAFE_ID.test(req.params.id)) return void notFound(res)
    await forwardToPayload(env, req, res, `/api/community/posters/activity/${req.params.id}/me.jpg`)
  })
  return router
}
