// The sop queue: `tick` (a job scheduler, every 30 minutes) plans today once; `plan-day` fans the day out
// into one `task` job per manager × slot × account; `task` creates that publication through the scheduler.
import { UnrecoverableError, type Job } from 'bullmq'
import { APIError } from 'payload'

import { ensureTaskPublication, planSopDay } from '../../lib/community/sop-generate'
import { taskKey } from '../../lib/community/sop-plan'
import { DATE_PATTERN, shanghaiDate } from '../../lib/community/sop-time'
import type { JobContext } from '../context'
import { enqueuePlanDay, enqueueTasks } from './enqueue'

export async function processSop(job: Job, ctx: JobContext) {
  switch (job.name) {
    case 'tick': {
      const date = shanghaiDate()
      await enqueuePlanDay(date)
      return { date }
    }
    case 'plan-day': {
      const { date } = job.data as { date: string }
      if (!DATE_PATTERN.test(date)) throw new UnrecoverableError(`bad date ${date}`)
      const tasks = await planSopDay(ctx.payload, date)
      await enqueueTasks(tasks)
      return { date, tasks: tasks.length }
    }
    case 'task': {
      const d = job.data as { date: string; sopId: string; slotIndex: number; managerId: string; accountId: string | null }
      // re-plan from the database: an SOP or group changed since planning simply yields no task
      const tasks = await planSopDay(ctx.payload, d.date, { sopId: d.sopId, managerId: d.managerId })
      const task = tasks.find((t) => t.key === taskKey(d.sopId, d.date, d.slotIndex, d.managerId, d.accountId ?? null))
      if (!task) return { skipped: 'no longer planned' }
      try {
        return await ensureTaskPublication(ctx.payload, task)
      } catch (err) {
        // a refusal by the scheduler (content not approved, no group variant) will not heal by retrying;
        // a conflict (409: the content's status changed meanwhile, another transition held its lock) will
        if (err instanceof APIError && err.status < 500 && err.status !== 409) throw new UnrecoverableError(err.message)
        throw err
      }
    }
    default:
      throw new UnrecoverableError(`unknown sop job ${job.name}`)
  }
}
