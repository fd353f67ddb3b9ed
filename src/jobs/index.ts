// Every queue the worker consumes, with its processor and concurrency.
import type { Job } from 'bullmq'

import type { JobContext } from './context'
import { QUEUES, type QueueName } from './queues'
import { processSystem } from './system/processor'
import { processPublish } from './publish/processor'
import { processReconcile } from './reconcile/processor'
import { processContent } from './content/processor'
import { processTracking } from './tracking/processor'
import { processMetrics } from './metrics/processor'
import { processSop } from './sop/processor'
import { processRender } from './render/processor'

export interface QueueWorkerSpec {
  queue: QueueName
  concurrency: number
  process: (job: Job, ctx: JobContext) => Promise<unknown>
}

export const workerSpecs: QueueWorkerSpec[] = [
  { queue: QUEUES.system, concurrency: 2, process: processSystem },
  // publishing waits on the network, not the CPU: many at once per worker
  { queue: QUEUES.publish, concurrency: 16, process: processPublish },
  { queue: QUEUES.reconcile, concurrency: 1, process: processReconcile },
  { queue: QUEUES.content, concurrency: 1, process: processContent },
  { queue: QUEUES.tracking, concurrency: 1, process: processTracking },
  { queue: QUEUES.metrics, concurrency: 2, process: processMetrics },
  { queue: QUEUES.sop, concurrency: 1, process: processSop },
  // CPU-bound (satori + resvg): two at once keeps one download fast while a bulk ZIP runs
  { queue: QUEUES.render, concurrency: 2, process: processRender },
]
