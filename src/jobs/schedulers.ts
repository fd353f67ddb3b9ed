// Repeating jobs (BullMQ job schedulers). Upserting is idempotent, so every worker may do it at boot.
import type { JobsOptions } from 'bullmq'

import { getQueue, type QueueName } from './queues'

export interface SchedulerSpec {
  id: string
  queue: QueueName
  everyMs: number
  jobName: string
  /** e.g. removeOnComplete for frequent schedulers */
  opts?: JobsOptions
}

export const schedulerSpecs: SchedulerSpec[] = [
  // publishing: re-enqueue due rows missing from Redis, recover dead claims, verify, poll, escalate
  { id: 'publish-reconcile', queue: 'reconcile', everyMs: 60_000, jobName: 'reconcile', opts: { removeOnComplete: 10, removeOnFail: 100 } },
  // hot topics past their heat window, and their unpublished content, are flagged stale
  { id: 'content-mark-stale', queue: 'content', everyMs: 3_600_000, jobName: 'mark-stale', opts: { removeOnComplete: 24, removeOnFail: 100 } },
  // scans: Redis stream → database every second
  { id: 'tracking-drain', queue: 'tracking', everyMs: 1_000, jobName: 'drain', opts: { removeOnComplete: true, removeOnFail: 100 } },
  // platform metrics (reads, likes, shares, comments) of published publications
  // group SOP: plan today's group tasks (once a day: the plan job id is per date)
  { id: 'sop-tick', queue: 'sop', everyMs: 1_800_000, jobName: 'tick', opts: { removeOnComplete: 24, removeOnFail: 100 } },
  { id: 'metrics-pull', queue: 'metrics', everyMs: 3_600_000, jobName: 'pull', opts: { removeOnComplete: 24, removeOnFail: 100 } },
]

export async function upsertSchedulers(): Promise<void> {
  for (const s of schedulerSpecs) {
    await getQueue(s.queue).upsertJobScheduler(s.id, { every: s.everyMs }, { name: s.jobName, data: {}, opts: s.opts })
  }
}
