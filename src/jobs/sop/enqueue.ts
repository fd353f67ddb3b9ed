// Producer side of the sop queue: one planning job per Beijing day, one job per planned task.
// Ids are deterministic (`sop-plan-<date>`, the task key), so planning a day twice adds nothing.
import type { JobsOptions } from 'bullmq'

import type { PlannedTask } from '../../lib/community/sop-plan'
import { getQueue, QUEUES } from '../queues'

export const SOP_QUEUE = QUEUES.sop

// finished jobs are kept two days so their ids keep deduplicating the day they belong to
// Planning retries for about ten minutes at a steady pace (a busy database at start-up must not cost a
// manager their day's tasks); a day that still failed is planned again at the next tick (addOrRetry).
const keep: JobsOptions = {
  attempts: 40,
  backoff: { type: 'fixed', delay: 15_000, jitter: 0.5 },
  removeOnComplete: { age: 2 * 86_400 },
  removeOnFail: { age: 7 * 86_400 },
}

/**
 * A kept failed job would block its id for days: a day whose planning failed (e.g. the database was busy at
 * start-up) is planned again at the next tick instead. Retrying is safe — a task looks its row up first.
 */
async function addOrRetry(name: string, data: object, jobId: string): Promise<void> {
  const queue = getQueue(SOP_QUEUE)
  const job = await queue.add(name, data, { ...keep, jobId })
  if (await job.isFailed()) await job.retry('failed')
}

export async function enqueuePlanDay(date: string): Promise<void> {
  await addOrRetry('plan-day', { date }, `sop-plan-${date}`)
}

export async function enqueueTasks(tasks: PlannedTask[]): Promise<void> {
  for (const t of tasks) {
    await addOrRetry('task', { date: t.date, sopId: t.sopId, slotIndex: t.slotIndex, managerId: t.managerId, accountId: t.accountId }, t.key)
  }
}
