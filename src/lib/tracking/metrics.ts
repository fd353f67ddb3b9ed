// Platform metrics → engagement snapshots. The fetcher is the channel adapter's fetchMetrics.
import type { Payload } from 'payload'

import type { Metrics } from '../../channels'

type Rel = string | { id: string } | null | undefined
const idOf = (v: Rel) => (v == null ? null : typeof v === 'string' ? v : v.id)

export interface PublicationForMetrics {
  id: string
  platformId?: string | null
  publishedAt?: string | null
  manager?: Rel
  branch?: Rel
  campaign?: Rel
  content?: Rel
}

async function campaignOf(payload: Payload, pub: PublicationForMetrics): Promise<string | null> {
  if (pub.campaign) return idOf(pub.campaign)
  const contentId = idOf(pub.content)
  if (!contentId || !payload.collections['contents' as never]) return null
  const content = (await payload.findByID({ collection: 'contents' as never, id: contentId, depth: 0, overrideAccess: true, disableErrors: true })) as {
    campaign?: Rel
  } | null
  return idOf(content?.campaign)
}

export async function snapshotMetrics(
  payload: Payload,
  pub: PublicationForMetrics,
  account: { id: string; kind: string },
  fetchMetrics: (platformId: string, opts: { publishedAt?: Date }) => Promise<Metrics>,
) {
  const m = await fetchMetrics(pub.platformId!, { publishedAt: pub.publishedAt ? new Date(pub.publishedAt) : undefined })
  return payload.create({
    collection: 'engagement',
    overrideAccess: true,
    data: {
      publication: String(pub.id),
      platformId: pub.platformId,
      at: new Date().toISOString(),
      campaign: await campaignOf(payload, pub),
      account: String(account.id),
      channel: account.kind as never,
      manager: idOf(pub.manager),
      branch: idOf(pub.branch),
      reads: m.reads,
      likes: m.likes,
      shares: m.shares,
      comments: m.comments,
      reach: m.reach ?? 0,
    },
  })
}
