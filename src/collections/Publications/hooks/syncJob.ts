import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { enqueuePublish, removePublishJob } from '../../../jobs/publish/enqueue'

/**
 * A new publication gets its delayed job at the planned time. Later changes go through the endpoints and
 * the scheduler, which keep the job in step themselves.
 */
export const syncJob: CollectionAfterChangeHook = async ({ doc, operation }) => {
  if (operation === 'create') await enqueuePublish(String(doc.id), doc.plannedAt)
  return doc
}

export const dropJob: CollectionAfterDeleteHook = async ({ doc }) => {
  await removePublishJob(String(doc.id))
}
