// The tracking queue: `drain` (every second, by a job scheduler) moves scans from the Redis stream
// into the database.
import type { Job } from 'bullmq'

import { sharedRedis } from '../connection'
import type { JobContext } from '../context'
import { drainScanStream } from './stream'

export async function processTracking(job: Job, ctx: JobContext) {
  switch (job.name) {
    case 'drain':
      return drainScanStream(ctx.payload, sharedRedis())
    default:
      throw new Error(`unknown tracking job ${job.name}`)
  }
}
