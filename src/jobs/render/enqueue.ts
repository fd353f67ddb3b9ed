// Producer side of the render queue, used by the web process's endpoints and by hooks. Job ids are
// deterministic (domain ids + a version of everything the picture depends on), job data is ids only.
// The web process never renders: it enqueues and waits for the worker's answer.
import { createHash } from 'node:crypto'
import { QueueEvents, type JobsOptions } from 'bullmq'

import { ENGINE_VERSION } from '../../templates/hash'
import { createRedis, queuePrefix } from '../connection'
import { getQueue, QUEUES } from '../queues'
import type { PosterExt } from './files'

export type RenderJob =
  | { name: 'template-preview'; data: { templateId: string } }
  | { name: 'poster-preview'; data: { posterId: string; ext: PosterExt } }
  | { name: 'personal'; data: { posterId: string; managerId: string; ext: PosterExt } }
  | { name: 'bulk'; data: { exportId: string } }
  | { name: 'community'; data: { managerId: string; activityId: string | null; ext: PosterExt } }

/** What a finished image job returns. */
export interface RenderedFile {
  hash: string
  ext: PosterExt
  bytes: number
}

/** Context flag: the preview job writes previewHash without triggering another preview. */
export const PREVIEW_CONTEXT = 'posterPreviewWrite'

export const RENDER_WAIT_MS = Number(process.env.POSTER_WAIT_MS) || 45_000

const jobOptions: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
  // finished jobs double as the cache index (version → content hash) for a week
  removeOnComplete: { age: 7 * 24 * 3600, count: 20_000 },
  removeOnFail: { age: 3600 },
}

/** Short digest of the things a rendering depends on (updatedAt stamps), for job ids. */
export function versionOf(...parts: unknown[]): string {
  return createHash('sha256').update(ENGINE_VERSION).update(JSON.stringify(parts)).digest('hex').slice(0, 12)
}

export async function enqueueRender(job: RenderJob, jobId: string) {
  return getQueue(QUEUES.render).add(job.name, job.data, { ...jobOptions, jobId })
}

let events: QueueEvents | null = null
function queueEvents(): QueueEvents {
  events ??= new QueueEvents(QUEUES.render, { connection: createRedis('worker'), prefix: queuePrefix() })
  return events
}

/**
 * Adds the job (a no-op when that id exists) and waits for the worker's result. A finished job answers at
 * once; a failed one is replaced once so a transient failure is not cached for ever.
 */
export async function renderAndWait<T>(job: RenderJob, jobId: string, timeoutMs = RENDER_WAIT_MS): Promise<T> {
  const ev = queueEvents()
  await ev.waitUntilReady()
  let added = await enqueueRender(job, jobId)
  if ((await added.getState()) === 'failed') {
    await added.remove().catch(() => undefined)
    added = await enqueueRender(job, jobId)
  }
  return (await added.waitUntilFinished(ev, timeoutMs)) as T
}

/** Forgets a finished job, e.g. when its file has gone from disk, so the next call renders again. */
export async function forgetRender(jobId: string): Promise<void> {
  const job = await getQueue(QUEUES.render).getJob(jobId)
  if (job && (await job.getState()) !== 'active') await job.remove().catch(() => undefined)
}
