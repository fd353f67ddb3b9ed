// The review workflow: draft → in_review → approved | rejected → scheduled → published → archived.
// Status changes only here (the admin buttons and POST /api/contents/:id/transition call transitionContent);
// every change is written to `content-transitions` and announced to contentStatusListeners.
import { APIError, type Payload, type PayloadRequest } from 'payload'

import type { SessionUser } from '../../access/roles'
import { emitContentStatus } from '../../lib/content-events'
import { tryLock } from '../../lib/redis-lock'
import { variantProblems } from './channels'
import { lintContent } from './lint'
import { CONTENT_STATUSES, STATUS_LABELS, TRANSITIONS, type Actor, type ContentStatus, type TransitionRule } from './transitions'

export { CONTENT_STATUSES, STATUS_LABELS, TRANSITIONS, type ContentStatus, type TransitionRule }

/** Marks the request context so the content hooks let the workflow write status fields. */
export const WORKFLOW_CONTEXT = 'contentWorkflow'

const fail = (status: number, zh: string, en: string, data?: Record<string, unknown>): never => {
  throw new APIError(`${zh} / ${en}`, status, data, true)
}

const actorOf = (user: SessionUser | null): Actor | null => (user === null ? 'system' : user.role === 'manager' || !user.role ? null : user.role)
const idOf = (v: unknown): string | null => (v && typeof v === 'object' && 'id' in v ? String((v as { id: unknown }).id) : v ? String(v) : null)

export type TransitionArgs = { id: string; to: ContentStatus; user: SessionUser | null; reason?: string | null; req?: PayloadRequest }

export async function transitionContent(payload: Payload, { id, to, user, reason, req }: TransitionArgs) {
  if (!CONTENT_STATUSES.includes(to)) fail(400, `未知状态：${String(to)}`, `Unknown status: ${String(to)}`)
  const doc = await payload.findByID({ collection: 'contents', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!doc) return fail(404, '内容不存在', 'Content not found')
  const from = doc.status as ContentStatus
  const actor = actorOf(user)
  if (!actor) fail(403, '你的角色不能更改内容状态', 'Your role cannot change content status')
  const rule = TRANSITIONS.find((t) => t.from === from && t.to === to)
  if (!rule) fail(409, `不能从“${STATUS_LABELS[from].zh}”变为“${STATUS_LABELS[to].zh}”`, `Cannot go from ${from} to ${to}`)
  if (!rule!.by.includes(actor!)) fail(403, `你的角色不能执行“${rule!.zh}”`, `Your role may not ${rule!.en.toLowerCase()}`)
  const why = (reason ?? '').trim()
  if (to === 'rejected' && why.length < 2) fail(400, '驳回时请填写原因', 'Give a reason when rejecting')
  if (why.length > 1000) fail(400, '原因不能超过1000字', 'The reason must be at most 1,000 characters')

  const author = idOf(doc.createdBy)
  const submitter = idOf(doc.submittedBy)
  const reviewing = (from === 'in_review' && to === 'approved') || to === 'in_review'
  if (to === 'approved' && from === 'in_review' && user && (user.id === author || user.id === submitter)) {
    fail(403, '不能审核自己撰写或提交的内容', 'Nobody approves their own work')
  }
  if (reviewing) {
    const enabled = Object.values(doc.variants ?? {}).some((v) => (v as { enabled?: boolean } | null)?.enabled)
    if (!enabled) fail(422, '请至少启用一个渠道版本', 'Enable at least one channel variant')
    const problems = await variantProblems(payload, doc as never)
    if (problems.length) {
      fail(422, `渠道版本未达到发布要求：${problems.map((p) => p.zh).join('；')}`, `Variants are not ready: ${problems.map((p) => p.en).join('; ')}`, { problems })
    }
    const report = await lintContent(payload, doc as never)
    if (report.blocked) {
      const hits = report.sections.flatMap((s) => [...s.fields.flatMap((f) => f.hits), ...s.missingRequired]).filter((h) => h.severity === 'block')
      const words = [...new Set(hits.map((h) => h.matched || h.pattern))].join('、')
      fail(422, `合规检查未通过（${hits.length}处拦截：${words}），请修改后再提交`, `Compliance lint blocks this content (${hits.length} hit(s)); fix them first`, { lint: report })
    }
  }

  // one transition per content at a time, across every web node and worker
  const release = await tryLock(`content-transition:${id}`)
  if (!release) fail(409, '该内容正在被他人处理，请稍后刷新', 'Someone else is changing this content; reload in a moment')
  try {
    return await applyTransition(payload, { id, from, to, user, why, branch: idOf(doc.branch), req })
  } finally {
    await release!()
  }
}

async function applyTransition(
  payload: Payload,
  { id, from, to, user, why, branch, req }: { id: string; from: ContentStatus; to: ContentStatus; user: SessionUser | null; why: string; branch: string | null; req?: PayloadRequest },
) {
  const now = new Date().toISOString()
  const data: Record<string, unknown> = { status: to }
  if (to === 'in_review') data.submittedBy = user?.id ?? null
  if (to === 'approved') Object.assign(data, { approvedAt: now, approvedBy: user?.id ?? null })
  if (to === 'draft' || to === 'rejected') Object.assign(data, { approvedAt: null, approvedBy: null })
  // The status must still be `from` (a transition that finished just before the lock was taken wins).
  // No `req` here: the change commits before the lock is released, not with the caller's transaction.
  const result = await payload.update({
    collection: 'contents',
    where: { and: [{ id: { equals: id } }, { status: { equals: from } }] },
    data,
    depth: 0,
    overrideAccess: true,
    context: { [WORKFLOW_CONTEXT]: true },
  })
  if (result.errors.length) fail(400, result.errors[0].message, result.errors[0].message)
  const updated = result.docs[0]
  if (!updated) fail(409, '内容状态已被他人更改，请刷新后重试', 'The status was changed by someone else; reload and try again')
  await recordTransition(payload, { content: id, from, to, by: user?.id ?? null, at: now, reason: why || null, branch })
  await emitContentStatus({ payload, contentId: id, from, to, req })
  return updated!
}

export async function recordTransition(
  payload: Payload,
  row: { content: string; from: string; to: string; by: string | null; at: string; reason: string | null; branch: string | null; req?: PayloadRequest },
) {
  const { req, ...data } = row
  await payload.create({ collection: 'content-transitions', data: data as never, overrideAccess: true, req, depth: 0 })
}
