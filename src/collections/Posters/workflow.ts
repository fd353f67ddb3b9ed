// The posters' review workflow: the contents' transition table (Contents/transitions.ts) restricted to the
// statuses a poster has — draft → in_review → approved | rejected → archived. Only reviewers approve,
// nobody approves their own work, the compliance lint of the text slots blocks submission, and every
// transition is appended to the poster's history.
import type { Payload, PayloadRequest } from 'payload'

import type { SessionUser } from '../../access/roles'
import { compileRules, lintFields, SEED_RULES, type FieldLintResult } from '../../lib/compliance'
import { STATUS_LABELS, type Actor } from '../Contents/transitions'
import { isPosterStatus, POSTER_TRANSITIONS, type PosterStatus } from './statuses'
import { loadRuleSet } from '../Contents/lint'
import { fail } from './http'
import { checkSlotValues, textSlots } from './slots'

/** Marks the request context so the poster hooks let the workflow write status fields. */
export const POSTER_WORKFLOW = 'posterWorkflow'

const actorOf = (user: SessionUser | null): Actor | null => (user === null ? 'system' : user.role === 'manager' || !user.role ? null : user.role)
const idOf = (v: unknown): string | null => (v && typeof v === 'object' && 'id' in v ? String((v as { id: unknown }).id) : v ? String(v) : null)

export type PosterLint = FieldLintResult & { at: string }

/** Compliance lint of a poster's title and text slots against the active rules. */
export async function lintPoster(payload: Payload, doc: { title?: string | null; slots?: unknown }, templateKey: string): Promise<PosterLint> {
  const rules = payload.collections['compliance-rules'] ? await loadRuleSet(payload) : compileRules(SEED_RULES)
  const texts = { title: doc.title ?? '', ...textSlots(templateKey, doc.slots) }
  return { at: new Date().toISOString(), ...lintFields(texts, 'all', rules) }
}

export async function templateKeyOf(payload: Payload, template: unknown, req?: PayloadRequest): Promise<string> {
  const id = idOf(template)
  if (!id) return ''
  const t = await payload.findByID({ collection: 'poster-templates', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  return t ? String(t.key) : ''
}

export type HistoryEntry = { from: string; to: string; by: string | null; at: string; reason: string | null }

export type PosterTransitionArgs = { id: string; to: string; user: SessionUser | null; reason?: string | null; req?: PayloadRequest }

export async function transitionPoster(payload: Payload, { id, to, user, reason, req }: PosterTransitionArgs) {
  if (!isPosterStatus(to)) fail(400, `未知状态：${String(to)}`, `Unknown status: ${String(to)}`)
  const doc = await payload.findByID({ collection: 'posters', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!doc) return fail(404, '海报不存在', 'Poster not found')
  const from = doc.status as PosterStatus
  const actor = actorOf(user)
  if (!actor) fail(403, '你的角色不能更改海报状态', 'Your role cannot change poster status')
  const rule = POSTER_TRANSITIONS.find((t) => t.from === from && t.to === to)
  if (!rule) fail(409, `不能从“${STATUS_LABELS[from].zh}”变为“${STATUS_LABELS[to as PosterStatus].zh}”`, `Cannot go from ${from} to ${to}`)
  if (!rule!.by.includes(actor!)) fail(403, `你的角色不能执行“${rule!.zh}”`, `Your role may not ${rule!.en.toLowerCase()}`)
  const why = (reason ?? '').trim()
  if (to === 'rejected' && why.length < 2) fail(400, '驳回时请填写原因', 'Give a reason when rejecting')
  if (why.length > 1000) fail(400, '原因不能超过1000字', 'The reason must be at most 1,000 characters')
  if (to === 'approved' && user && (user.id === idOf(doc.createdBy) || user.id === idOf(doc.submittedBy))) {
    fail(403, '不能审核自己制作或提交的海报', 'Nobody approves their own work')
  }
  if (to === 'in_review' || to === 'approved') {
    const key = await templateKeyOf(payload, doc.template, req)
    const problem = checkSlotValues(key, doc.slots)
    if (problem) fail(422, `海报内容不完整：${problem.split(' / ')[0]}`, `Slots are not valid: ${problem.split(' / ').slice(1).join(' / ')}`)
    const lint = await lintPoster(payload, doc as never, key)
    if (lint.blocked) {
      const hits = [...Object.values(lint.byField).flat(), ...lint.missingRequired].filter((h) => h.severity === 'block')
      const words = [...new Set(hits.map((h) => h.matched || h.pattern))].join('、')
      fail(422, `合规检查未通过（${hits.length}处拦截：${words}），请修改后再提交`, `Compliance lint blocks this poster (${hits.length} hit(s)); fix them first`)
    }
  }
  const now = new Date().toISOString()
  const entry: HistoryEntry = { from, to, by: user?.id ?? null, at: now, reason: why || null }
  const data: Record<string, unknown> = { status: to, history: [...((doc.history as HistoryEntry[] | undefined) ?? []).map(({ from, to, by, at, reason }) => ({ from, to, by: idOf(by), at, reason })), entry] }
  if (to === 'in_review') data.submittedBy = user?.id ?? null
  if (to === 'approved') Object.assign(data, { approvedAt: now, approvedBy: user?.id ?? null })
  if (to === 'draft' || to === 'rejected') Object.assign(data, { approvedAt: null, approvedBy: null })
  // compare-and-set on the status: of two reviewers clicking at once, one wins and the other gets 409
  const result = await payload.update({
    collection: 'posters',
    where: { and: [{ id: { equals: id } }, { status: { equals: from } }] },
    data,
    depth: 0,
    overrideAccess: true,
    req,
    context: { [POSTER_WORKFLOW]: true },
  })
  if (result.errors.length) fail(400, result.errors[0].message, result.errors[0].message)
  const updated = result.docs[0]
  if (!updated) fail(409, '海报状态已被他人更改，请刷新后重试', 'The status was changed by someone else; reload and try again')
  return updated!
}
