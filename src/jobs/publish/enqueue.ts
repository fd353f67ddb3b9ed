// Producer side of the publish queue. One delayed job per publication with a deterministic id, so adding
// it twice is a no-op; job data is the publication id only (never tokens or content).
import type { Job } from 'bullmq'

import { sharedRedis } from '../connection'
import { getQueue, QUEUES, retryWithBackoff } from '../queues'

export const PUBLISH_QUEUE = QUEUES.publish

export const publishJobId = (publicationId: string) => `publish-${publicationId}`

export const publishJobOptions = {
  ...retryWithBackoff,
  removeOnComplete: true,
  // failed jobs stay a day for the queue dashboard; the reconciler replaces them when a row is due again
  removeOnFail: { age: 24 * 3600 },
}

function delayUntil(plannedAt: string | Date): number {
  return Math.max(0, new Date(plannedAt).getTime() - Date.now())
}

/**
 * Makes sure a job exists for a scheduled publication. An existing delayed or waiting job is moved to the
 * new time; a finished one (completed or failed) is replaced; an active one is left alone — the processor
 * re-reads the row and follows the new plan.
 */
export async function enqueuePublish(publicationId: string, plannedAt: string | Date): Promise<void> {
  const queue = getQueue(PUBLISH_QUEUE)
  const jobId = publishJobId(publicationId)
  const existing: Job | undefined = await queue.getJob(jobId)
  if (existing) {
    const state = await existing.getState()
    if (state === 'active') return
    if (state === 'delayed') {
      await existing.changeDelay(delayUntil(plannedAt)).catch(() => undefined)
      return
    }
    if (state === 'waiting' || state === 'prioritized' || state === 'waiting-children') return
    await existing.remove().catch(() => undefined)
  }
  await queue.add('publish', { publicationId }, { ...publishJobOptions, jobId, delay: delayUntil(plannedAt) })
}

/** Removes the job of a cancelled or held publication (an active job finishes and re-reads the row). */
export async function removePublishJob(publicationId: string): Promise<void> {
  const job = await getQueue(PUBLISH_QUEUE).getJob(publishJobId(publicationId))
  if (job && (await job.getState()) !== 'active') await job.remove().catch(() => undefined)
}

/**
 * Which of these publications have no live job (none at all, or a failed one), in one Redis round trip:
 * the reconciler checks hundreds of due rows a minute at peak and must not cost a round trip each.
 */
export async function publicationsWithoutLiveJob(publicationIds: string[]): Promise<Set<string>> {
  if (!publicationIds.length) return new Set()
  const queue = getQueue(PUBLISH_QUEUE)
  const pipe = sharedRedis().pipeline()
  for (const id of publicationIds) {
    pipe.exists(queue.toKey(publishJobId(id)))
    pipe.zscore(queue.keys.failed, publishJobId(id))
  }
  const replies = (await pipe.exec()) ?? []
  const missing = new Set<string>()
  publicationIds.forEach((id, i) => {
    const [, exists] = replies[2 * i] ?? []
    const [, failedScore] = replies[2 * i + 1] ?? []
    if (!exists || failedScore !== null) missing.add(id)
  })
  return missing
}
