// Queue names and the one place producers get a Queue object.
import { Queue, type JobsOptions } from 'bullmq'

import { queuePrefix, sharedRedis } from './connection'

export const QUEUES = {
  system: 'system',
  content: 'content',
  publish: 'publish',
  reconcile: 'reconcile',
  render: 'render',
  tracking: 'tracking',
  metrics: 'metrics',
  sop: 'sop',
} as const
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]

const queues = new Map<string, Queue>()

export function getQueue(name: QueueName): Queue {
  const key = `${queuePrefix()}:${name}`
  let q = queues.get(key)
  if (!q) {
    q = new Queue(name, { connection: sharedRedis(), prefix: queuePrefix() })
    queues.set(key, q)
  }
  return q
}

/** Exponential backoff with jitter: retries of many jobs do not stampede a recovering platform. */
export const retryWithBackoff: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2_000, jitter: 0.5 },
}

export async function closeQueues(): Promise<void> {
  await Promise.all([...queues.values()].map((q) => q.close()))
  queues.clear()
}
