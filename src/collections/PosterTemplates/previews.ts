// Template previews: rendered by the worker from the template's sample slots and the current brand.
import type { Payload } from 'payload'

import { enqueueRender, versionOf, type RenderJob } from '../../jobs/render/enqueue'

export async function brandStamp(payload: Payload): Promise<string | null> {
  const brand = await payload.findGlobal({ slug: 'brand', depth: 0, overrideAccess: true })
  return (brand?.updatedAt as string | undefined) ?? null
}

/** The preview job for a template doc: its id changes when the samples or the brand change. */
export function templatePreviewJob(doc: { id: string; sampleSlots?: unknown }, brandUpdatedAt: string | null): { job: RenderJob; jobId: string } {
  return {
    job: { name: 'template-preview', data: { templateId: String(doc.id) } },
    jobId: `template-preview-${doc.id}-${versionOf(doc.sampleSlots ?? null, brandUpdatedAt)}`,
  }
}

export async function enqueueTemplatePreviews(payload: Payload): Promise<void> {
  const stamp = await brandStamp(payload)
  const { docs } = await payload.find({ collection: 'poster-templates', depth: 0, pagination: false, overrideAccess: true })
  for (const doc of docs) {
    const { job, jobId } = templatePreviewJob(doc as never, stamp)
    await enqueueRender(job, jobId)
  }
}
