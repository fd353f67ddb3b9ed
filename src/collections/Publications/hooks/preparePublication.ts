import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { getAdapter } from '../../../channels'
import { SENDABLE_CONTENT, VARIANT_OF_KIND } from '../statuses'

const idOf = (v: unknown): string | undefined => (v && typeof v === 'object' ? String((v as { id: unknown }).id) : v ? String(v) : undefined)

/**
 * Derives the channel facts of a publication from its account (kind, variant, mode, branch, manager) and
 * refuses plans the scheduler could never send: unapproved content, a variant the content lacks, or a
 * change of time/account once sending has started.
 */
export const preparePublication: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const accountId = idOf(data.account ?? originalDoc?.account)
  const contentId = idOf(data.content ?? originalDoc?.content)
  if (operation === 'update' && originalDoc) {
    const moved = data.plannedAt && new Date(data.plannedAt).getTime() !== new Date(originalDoc.plannedAt).getTime()
    const relinked = accountId !== idOf(originalDoc.account) || contentId !== idOf(originalDoc.content)
    if ((moved || relinked) && originalDoc.status !== 'scheduled') {
      throw new APIError('只能修改“已排期”的发布 / Only scheduled publications can be changed', 409, undefined, true)
    }
    if (!relinked) return data
  }
  if (!accountId || !contentId) throw new APIError('请选择内容和渠道账号 / Pick a content and an account', 400, undefined, true)
  const [account, content] = await Promise.all([
    req.payload.db.findOne({ collection: 'channel-accounts', where: { id: { equals: accountId } }, req }),
    req.payload.db.findOne({ collection: 'contents', where: { id: { equals: contentId } }, req }),
  ])
  if (!account) throw new APIError('渠道账号不存在 / Account not found', 400, undefined, true)
  if (!content) throw new APIError('内容不存在 / Content not found', 400, undefined, true)
  const c = content as unknown as { status?: string; variants?: Record<string, { enabled?: boolean } | undefined> }
  if (!SENDABLE_CONTENT.includes(String(c.status))) {
    throw new APIError('只有审核通过的内容才能排期发布 / Only approved content can be scheduled', 400, undefined, true)
  }
  const a = account as unknown as { kind: string; branch?: unknown; manager?: unknown }
  const variant = VARIANT_OF_KIND[a.kind]!
  if (!c.variants?.[variant]?.enabled) {
    throw new APIError(`该内容没有适用于此渠道的版本（${variant}）/ The content has no ${variant} variant for this channel`, 400, undefined, true)
  }
  return {
    ...data,
    kind: a.kind,
    variant,
    mode: getAdapter(a.kind).mode,
    branch: idOf(a.branch) ?? null,
    manager: idOf(data.manager) ?? idOf(a.manager) ?? null,
    massSend: a.kind.startsWith('oa_') ? Boolean(data.massSend) : false,
    ...(operation === 'create' ? { status: 'scheduled', attempts: 0 } : {}),
  }
}
