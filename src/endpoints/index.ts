// Custom REST endpoints under /api. Express calls /api/health over loopback so that the Express
// process itself never boots a second Payload instance beside Next's.
import type { Endpoint } from 'payload'

import { analyticsDashboard, analyticsExport } from './analytics'
import { communityPosterEndpoints } from './community-posters'
import { postEvents } from './events'
import { health } from './health'

export const endpoints: Endpoint[] = [health, postEvents, analyticsDashboard, analyticsExport, ...communityPosterEndpoints]
