import type { ContentStatusEvent } from '../../../lib/content-events'
import { enqueuePublish, removePublishJob } from '../../../jobs/publish/enqueue'
import { casPublication } from '../../../jobs/publish/rows'
import { SENDABLE_CONTENT } from '../statuses'

/**
 * Content edited after scheduling goes back to review: its scheduled publications are held (their jobs
 * removed) until it is approved again, when they are released. (This runs inside the content's transition
 * lock, so it never transitions the content itself; the first post marks it published.)
 */
export async function holdOnContentChange({ payload, contentId, to, req }: ContentStatusEvent): Promise<void> {
  const hold = !SENDABLE_CONTENT.includes(to)
  if (!hold && to !== 'approved') return
  const found = await payload.find({
    collection: 'publications',
    where: { and: [{ content: { equals: contentId } }, { status: { equals: 'scheduled' } }, { onHold: { equals: !hold } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const doc of found.docs as unknown as { id: string; plannedAt: string }[]) {
    const id = String(doc.id)
    const row = await casPublication(payload, { and: [{ id: { equals: id } }, { status: { equals: 'scheduled' } }] }, { onHold: hold }, req)
    if (!row) continue
    if (hold) await removePublishJob(id)
    else await enqueuePublish(id, row.plannedAt)
  }
}
