// Hot topics expire: once a topic's heat window has passed, the topic and its unpublished content are
// flagged stale. Runs hourly as the `content` queue's `mark-stale` job scheduler (and on every save, the
// topic and content hooks compute the flag for the document being saved).
import type { Payload } from 'payload'

import { STALE_CONTEXT } from '../../collections/Contents/hooks/guardWorkflowFields'

export async function markStale(payload: Payload, now = new Date()): Promise<{ topics: number; contents: number }> {
  const expired = await payload.find({
    collection: 'topics',
    where: { windowEnd: { less_than: now.toISOString() } },
    depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { stale: true },
  })
  let topics = 0
  for (const t of expired.docs) {
    if (t.stale) continue
    await payload.update({ collection: 'topics', id: t.id, data: {}, depth: 0, overrideAccess: true })
    topics++
  }
  const ids = expired.docs.map((t) => t.id)
  if (ids.length === 0) return { topics, contents: 0 }
  const { docs } = await payload.update({
    collection: 'contents',
    where: { and: [{ topic: { in: ids } }, { stale: { not_equals: true } }, { status: { not_in: ['published', 'archived'] } }] },
    data: { stale: true },
    depth: 0,
    overrideAccess: true,
    context: { [STALE_CONTEXT]: true },
  })
  return { topics, contents: docs.length }
}
