import type { CollectionBeforeChangeHook } from 'payload'

import { branchIdOf, type SessionUser } from '../../../access/roles'
import { fail } from '../http'
import { lintPoster, POSTER_WORKFLOW, templateKeyOf, type HistoryEntry } from '../workflow'

/** Written only by the workflow — never by a plain save. */
const SYSTEM_FIELDS = ['status', 'submittedBy', 'approvedAt', 'approvedBy', 'createdBy', 'history'] as const
/** What an editor writes; changing any of these after submission sends the poster back to draft. */
const CONTENT_FIELDS = ['title', 'template', 'size', 'slots', 'personalised', 'campaign', 'content', 'branch'] as const

const idOf = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? String((v as { id: unknown }).id) : (v ?? null))
const fingerprint = (doc: Record<string, unknown>) => JSON.stringify(CONTENT_FIELDS.map((f) => (f === 'slots' ? (doc[f] ?? null) : idOf(doc[f]))))

/**
 * Keeps workflow fields out of plain saves, checks the template and size, sends an edited poster that was in
 * review or approved back to draft (recorded in its history), refuses edits of archived posters, and re-runs
 * the compliance lint of its text on every save.
 */
export const guardPoster: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  if (context[POSTER_WORKFLOW]) return data
  const user = req.user as unknown as SessionUser | null
  if (operation === 'create') {
    Object.assign(data, { status: 'draft', submittedBy: null, approvedAt: null, approvedBy: null, createdBy: user?.id ?? null, history: [] })
    if (!data.branch && user) data.branch = branchIdOf(user)
  } else if (originalDoc) {
    for (const f of SYSTEM_FIELDS) data[f] = originalDoc[f]
    const changed = fingerprint({ ...originalDoc, ...data }) !== fingerprint(originalDoc)
    if (changed && originalDoc.status === 'archived') fail(409, '已归档的海报不能修改，请复制后新建', 'Archived posters cannot be edited; duplicate it instead')
    if (changed && (originalDoc.status === 'in_review' || originalDoc.status === 'approved')) {
      const entry: HistoryEntry = { from: originalDoc.status, to: 'draft', by: user?.id ?? null, at: new Date().toISOString(), reason: '海报已修改，需重新审核 / Edited after review; needs review again' }
      Object.assign(data, { status: 'draft', approvedAt: null, approvedBy: null, history: [...(originalDoc.history ?? []), entry] })
    }
  }
  const merged = { ...originalDoc, ...data }
  const templateId = idOf(merged.template)
  const template = templateId ? await req.payload.findByID({ collection: 'poster-templates', id: String(templateId), depth: 0, overrideAccess: true, req, disableErrors: true }) : null
  if (!template) fail(400, '请选择海报模板', 'Choose a poster template')
  if (operation === 'create' && template!.enabled === false) fail(400, `模板“${template!.name}”已停用`, `Template "${template!.nameEn ?? template!.key}" is disabled`)
  const sizes = ((template!.sizes ?? []) as { key: string }[]).map((s) => s.key)
  if (merged.size && !sizes.includes(merged.size)) fail(400, `模板不支持尺寸“${merged.size}”（可选：${sizes.join('、')}）`, `The template has no size "${merged.size}" (choose: ${sizes.join(', ')})`)
  if (!merged.size) data.size = sizes[0]
  data.lint = await lintPoster(req.payload, merged, await templateKeyOf(req.payload, templateId, req))
  return data
}
