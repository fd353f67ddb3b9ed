import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { branchIdOf, type SessionUser } from '../../../access/roles'
import { emitContentStatus } from '../../../lib/content-events'
import { lintContent } from '../lint'
import { recordTransition, WORKFLOW_CONTEXT } from '../workflow'

/** Written only by the workflow, the lint and the stale sweep — never by a plain save. */
const SYSTEM_FIELDS = ['status', 'submittedBy', 'approvedAt', 'approvedBy', 'createdBy', 'stale', 'lint'] as const
/** What an editor writes; a change to any of these is an edit that needs review again. */
const CONTENT_FIELDS = ['title', 'master', 'category', 'variants', 'campaign', 'topic', 'branch'] as const
const REVIEWED = ['in_review', 'approved', 'scheduled']
const LOCKED = ['published', 'archived']
export const STALE_CONTEXT = 'contentStaleSweep'
const SENT_BACK = 'contentSentBack'

/** Relationship values as ids, so a populated and an unpopulated document compare equal. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if ('id' in o && ('createdAt' in o || 'filename' in o || 'updatedAt' in o)) return String(o.id)
    return Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'id').map(([k, v]) => [k, normalise(v)]))
  }
  return value ?? null
}
const idOf = (v: unknown): string | null => (v && typeof v === 'object' ? String((v as { id: unknown }).id) : v ? String(v) : null)
const fingerprint = (doc: Record<string, unknown>) => JSON.stringify(CONTENT_FIELDS.map((f) => normalise(doc[f])))

async function isStale(req: Parameters<CollectionBeforeChangeHook>[0]['req'], topic: unknown, status: string): Promise<boolean> {
  const id = idOf(topic)
  if (!id || LOCKED.includes(status)) return false
  const doc = await req.payload.findByID({ collection: 'topics', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  return !!doc?.windowEnd && new Date(doc.windowEnd as string).getTime() < Date.now()
}

/**
 * Keeps workflow fields out of plain saves, sends edited reviewed content back to draft, refuses edits of
 * published/archived content, and re-runs the compliance lint on every save.
 */
export const guardWorkflowFields: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  if (context[WORKFLOW_CONTEXT] || context[STALE_CONTEXT]) return data
  const user = req.user as unknown as SessionUser | null
  if (operation === 'create') {
    Object.assign(data, { status: 'draft', submittedBy: null, approvedAt: null, approvedBy: null, createdBy: user?.id ?? null })
    if (!data.branch && user) data.branch = branchIdOf(user)
  } else if (originalDoc) {
    for (const f of SYSTEM_FIELDS) data[f] = originalDoc[f]
    const changed = fingerprint({ ...originalDoc, ...data }) !== fingerprint(originalDoc)
    if (changed && LOCKED.includes(originalDoc.status)) {
      throw new APIError('已发布或已归档的内容不能修改，请复制后新建 / Published or archived content cannot be edited; duplicate it instead', 409, undefined, true)
    }
    if (changed && REVIEWED.includes(originalDoc.status)) {
      Object.assign(data, { status: 'draft', approvedAt: null, approvedBy: null })
      context[SENT_BACK] = originalDoc.status
    }
  }
  const merged = { ...originalDoc, ...data }
  if (!merged.topic && merged.campaign) {
    // content of a 借势 campaign counts for its topic (lead-time alerts, stale flag) unless it names another
    const campaign = await req.payload.findByID({ collection: 'campaigns', id: idOf(merged.campaign)!, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (campaign?.topic) merged.topic = data.topic = idOf(campaign.topic)
  }
  data.lint = await lintContent(req.payload, merged)
  data.stale = await isStale(req, merged.topic, data.status)
  return data
}

/** Records "edited → back to draft" in the audit log and tells the listeners (the scheduler holds publications). */
export const announceSentBack: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const from = context[SENT_BACK] as string | undefined
  if (!from) return doc
  delete context[SENT_BACK]
  const branch = doc.branch && typeof doc.branch === 'object' ? doc.branch.id : doc.branch
  await recordTransition(req.payload, {
    content: String(doc.id), from, to: 'draft', by: req.user?.id ? String(req.user.id) : null, at: new Date().toISOString(),
    reason: '内容已修改，需重新审核 / Edited after review; needs review again', branch: branch ?? null, req,
  })
  await emitContentStatus({ payload: req.payload, contentId: String(doc.id), from, to: 'draft', req })
  return doc
}
