// Express's own routes (everything not under /admin, /api or /_next). Each capability adds its router here.
// Routers parse bodies themselves where they need them — never a global body parser (it breaks Payload).
import type { Router } from 'express'

import type { AppEnv } from '../lib/env'
import { healthRouter } from './health'
import { myPostersRouter } from './my-posters'
import { postersRouter } from './posters'
import { trackingRouter } from './tracking'

export function expressRoutes(env: AppEnv): Router[] {
  return [healthRouter(env), trackingRouter(env), myPostersRouter(env), postersRouter(env)]
}
