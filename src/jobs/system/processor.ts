// The system queue: liveness pings (the worker test and /healthz of the worker) and small chores.
import type { Job } from 'bullmq'

import type { JobContext } from '../context'

export type SystemJob = { name: 'ping'; data: { sentAt: string } }

export async function processSystem(job: Job, ctx: JobContext) {
  switch (job.name) {
    case 'ping': {
      // touching the database proves the worker's Local API is up, not only its Redis connection
      const users = await ctx.payload.count({ collection: 'users', overrideAccess: true })
      return { pong: true, pid: process.pid, users: users.totalDocs, handledAt: new Date().toISOString() }
    }
    default:
      throw new Error(`unknown system job ${job.name}`)
  }
}
