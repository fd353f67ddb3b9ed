// The content queue: hourly chores of the content studio.
import type { Job } from 'bullmq'

import type { JobContext } from '../context'
import { markStale } from './stale'

export async function processContent(job: Job, ctx: JobContext) {
  switch (job.name) {
    case 'mark-stale':
      return markStale(ctx.payload)
    default:
      throw new Error(`unknown content job ${job.name}`)
  }
}
