// GET /healthz — 200 {db:"ok",redis:"ok"} or 503 naming what is down. Load balancers poll it.
import { Router } from 'express'

import { sharedRedis } from '../jobs/connection'
import type { AppEnv } from '../lib/env'

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms)
  })
  try {
    return await Promise.race([p, timeout])
  } finally {
    clearTimeout(timer)
  }
}

export function healthRouter(env: AppEnv): Router {
  const router = Router()
  router.get('/healthz', async (_req, res) => {
    const [redis, db] = await Promise.all([
      withTimeout(sharedRedis().ping(), 2_000).then(
        () => 'ok' as const,
        () => 'down' as const,
      ),
      // the database is checked through Payload's own endpoint so this process never boots a second Payload
      withTimeout(fetch(`http://127.0.0.1:${env.port}/api/health`), 10_000).then(
        (r) => (r.ok ? ('ok' as const) : ('down' as const)),
        () => 'down' as const,
      ),
    ])
    const ok = redis === 'ok' && db === 'ok'
    res.status(ok ? 200 : 503).set('Cache-Control', 'no-store').json({ db, redis })
  })
  return router
}
