// Every queue the worker consumes, with its processor and concurrency.
import type { Job } from 'bullmq'

import type { JobContext } from './context'
import { QUEUES, type QueueName } from './queues'
import { processSystem } from './system/processor'

export interface QueueWorkerSpec {
  queue: QueueName
  concurrency: number
  process: (job: Job, ctx: JobContext) => Promise<unknown>
}

export const workerSpecs: QueueWorkerSpec[] = [{ queue: QUEUES.system, concurrency: 2, process: processSystem }]
