// Producer side of the sop queue: one planning job per Beijing day, one job per planned task.
// Ids are deterministic (`sop-plan-<date>`, the task key), so planning a day twice adds nothing.
import type { JobsOptions } from 'bullmq'

import type { PlannedTask } from '../../lib/community/sop-plan'
import { getQueue, QUEUES, retryWithBackoff } from '../queues'

export const SOP_QUEUE = QUEUES.sop

// finished jobs are kept two days so their ids keep deduplicating the day they belong to
const keep: JobsOptions = { ...retryWithBackoff, removeOnComplete: { age: 2 * 86_400 }, removeOnFail: { age: 7 * 86_400 } }

export async function enqueuePlanDay(date: string): Promise<void> {
  await getQueue(SOP_QUEUE).add('plan-day', { date }, { ...keep, jobId: `sop-plan-${date}` })
}

export async function enqueueTasks(tasks: PlannedTask[]): Promise<void> {
  if (tasks.length === 0) return
  await getQueue(SOP_QUEUE).addBulk(
    tasks.map((t) => ({
      name: 'task',
      data: { date: t.date, sopId: t.sopId, slotIndex: t.slotIndex, managerId: t.managerId, accountId: t.accountId },
      opts: { ...keep, jobId: t.key },
    })),
  )
}
