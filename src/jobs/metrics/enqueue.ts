// Producer side of the metrics queue: one fetch per published publication and hour (deterministic id).
import { getQueue, QUEUES, retryWithBackoff } from '../queues'

const metricsJobId = (publicationId: string, at = new Date()) => `metrics-${publicationId}-${Math.floor(at.getTime() / 3_600_000)}`

export async function enqueueMetricsFetch(publicationId: string, at = new Date()): Promise<void> {
  await getQueue(QUEUES.metrics).add(
    'fetch',
    { publicationId },
    { ...retryWithBackoff, attempts: 4, jobId: metricsJobId(publicationId, at), removeOnComplete: true, removeOnFail: { age: 24 * 3600 } },
  )
}
