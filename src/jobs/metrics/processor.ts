// The metrics queue: `pull` (hourly job scheduler) fans out one `fetch` per published publication with a
// platform id; `fetch` asks the channel adapter for reads, likes, shares and comments and stores a snapshot.
import { UnrecoverableError, type Job } from 'bullmq'
import type { Payload } from 'payload'

import { ChannelError, getAdapter } from '../../channels'
import { channelContext, loadAccount } from '../../collections/ChannelAccounts/channel-context'
import { snapshotMetrics, type PublicationForMetrics } from '../../lib/tracking/metrics'
import type { JobContext } from '../context'
import { enqueueMetricsFetch } from './enqueue'

async function publishedWithPlatformId(payload: Payload): Promise<string[]> {
  if (!payload.collections['publications' as never]) return []
  const found = await payload.find({
    collection: 'publications' as never,
    where: { and: [{ status: { equals: 'published' } }, { platformId: { exists: true } }] },
    pagination: false,
    depth: 0,
    select: { id: true } as never,
    overrideAccess: true,
  })
  return found.docs.map((d) => String((d as { id: string }).id))
}

async function fetchOne(payload: Payload, publicationId: string) {
  const pub = (await payload.findByID({ collection: 'publications' as never, id: publicationId, depth: 0, overrideAccess: true, disableErrors: true })) as
    (PublicationForMetrics & { account?: string | { id: string } | null }) | null
  if (!pub?.platformId || !pub.account) throw new UnrecoverableError(`publication ${publicationId} has no platform id or account`)
  const account = await loadAccount(payload, typeof pub.account === 'string' ? pub.account : pub.account.id)
  if (!account) throw new UnrecoverableError(`account of publication ${publicationId} is gone`)
  try {
    return await snapshotMetrics(payload, pub, account, (platformId, opts) =>
      getAdapter(account.kind).fetchMetrics(channelContext(payload, account), platformId, opts),
    )
  } catch (err) {
    // a refused request or an expired link will not heal by retrying; transient failures do
    if (err instanceof ChannelError && (err.kind === 'bad_request' || err.kind === 'auth_expired')) throw new UnrecoverableError(err.message)
    throw err
  }
}

export async function processMetrics(job: Job, ctx: JobContext) {
  switch (job.name) {
    case 'pull': {
      const ids = await publishedWithPlatformId(ctx.payload)
      for (const id of ids) await enqueueMetricsFetch(id)
      return { enqueued: ids.length }
    }
    case 'fetch':
      return fetchOne(ctx.payload, String(job.data.publicationId))
    default:
      throw new Error(`unknown metrics job ${job.name}`)
  }
}
