// Repeating jobs (BullMQ job schedulers). Upserting is idempotent, so every worker may do it at boot.
import { getQueue, type QueueName } from './queues'

export interface SchedulerSpec {
  id: string
  queue: QueueName
  everyMs: number
  jobName: string
}

export const schedulerSpecs: SchedulerSpec[] = []

export async function upsertSchedulers(): Promise<void> {
  for (const s of schedulerSpecs) {
    await getQueue(s.queue).upsertJobScheduler(s.id, { every: s.everyMs }, { name: s.jobName, data: {} })
  }
}
