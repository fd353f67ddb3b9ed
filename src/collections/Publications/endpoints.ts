// REST actions on publications (the admin views call these). Every status change is a compare-and-set, so a
// click never overwrites what the scheduler did a moment earlier.
import { APIError, type Endpoint, type PayloadRequest, type Where } from 'payload'

import type { SessionUser } from '../../access/roles'
import { transitionContent } from '../Contents/workflow'
import { formatTopics } from '../../channels'
import { enqueuePublish, removePublishJob } from '../../jobs/publish/enqueue'
import { mediaDocs, type ContentDoc } from '../../jobs/publish/build-payload'
import { casPublication, whereStatus, type PublicationRow } from '../../jobs/publish/rows'
import { nextFreeSlot, plannedRowsOf, quotaWarnings, type PlannedRow } from './quota'
import type { PublicationStatus } from './statuses'

const fail = (status: number, zh: string, en: string): never => {
  throw new APIError(`${zh} / ${en}`, status, undefined, true)
}
const userOf = (req: PayloadRequest) => (req.user?.collection === 'users' ? (req.user as unknown as SessionUser) : null)
const planner = (req: PayloadRequest) => {
  const u = userOf(req)
  if (!u || !['admin', 'editor'].includes(String(u.role))) fail(403, '只有编辑或管理员可以安排发布', 'Only editors and admins plan publications')
  return u!
}
const body = async (req: PayloadRequest) => ((await req.json?.().catch(() => ({}))) ?? {}) as Record<string, unknown>
const DAY = 86_400_000

/** The row as the caller may see it (read access applies), or 404. */
async function visibleRow(req: PayloadRequest): Promise<PublicationRow> {
  const id = String(req.routeParams?.id ?? '')
  const doc = await req.payload.findByID({ collection: 'publications', id, depth: 0, overrideAccess: false, user: req.user, disableErrors: true })
  if (!doc) fail(404, '发布不存在', 'Publication not found')
  return { ...(doc as unknown as PublicationRow), id }
}

const cas = async (req: PayloadRequest, id: string, from: PublicationStatus[], data: Record<string, unknown>) => {
  const next = await casPublication(req.payload, whereStatus(id, from), data)
  if (!next) fail(409, '状态已变化，请刷新后重试', 'The status changed meanwhile; reload and try again')
  return next!
}

export const plan: Endpoint = {
  path: '/plan',
  method: 'post',
  handler: async (req) => {
    const user = planner(req)
    const b = await body(req)
    const contentId = String(b.content ?? '')
    const items = Array.isArray(b.items) ? (b.items as { account?: string; plannedAt?: string | null; massSend?: boolean }[]) : []
    if (!contentId || !items.length) fail(400, '请选择内容和至少一个账号', 'Pick a content and at least one account')
    if (items.length > 200) fail(400, '一次最多安排200个发布', 'At most 200 publications at once')
    const content = await req.payload.findByID({ collection: 'contents', id: contentId, depth: 0, overrideAccess: false, user, disableErrors: true })
    if (!content) fail(404, '内容不存在', 'Content not found')
    const accounts = await req.payload.find({ collection: 'channel-accounts', where: { id: { in: items.map((i) => String(i.account)) } }, depth: 0, pagination: false, overrideAccess: false, user })
    const byId = new Map((accounts.docs as unknown as { id: string; kind: string; name: string }[]).map((a) => [String(a.id), a]))
    const now = Date.now()
    const existing = await plannedRowsOf(req.payload, [...byId.keys()], new Date(now), new Date(now + 62 * DAY))
    const proposed: (PlannedRow & { name: string })[] = []
    for (const item of items) {
      const account = byId.get(String(item.account))
      if (!account) fail(400, '渠道账号不存在或无权使用', 'Unknown account')
      const massSend = Boolean(item.massSend) && account!.kind.startsWith('oa_')
      let at: Date
      if (item.plannedAt) {
        at = new Date(item.plannedAt)
        if (Number.isNaN(at.getTime())) fail(400, '发布时间格式不正确', 'Invalid time')
        if (at.getTime() < now - 60_000) fail(400, '发布时间不能早于现在', 'The time must not be in the past')
      } else {
        at = nextFreeSlot(account!, [...existing, ...proposed], new Date(now + 10 * 60_000), massSend)
      }
      proposed.push({ account: account!.id, kind: account!.kind, plannedAt: at.toISOString(), massSend, name: account!.name })
    }
    const warnings = quotaWarnings([...existing, ...proposed]).filter((w) => w.publications.includes(''))
    if (b.dryRun) return Response.json({ items: proposed, warnings })
    const created = []
    for (const p of proposed) {
      const doc = await req.payload.create({
        collection: 'publications',
        data: { content: contentId, account: p.account, plannedAt: p.plannedAt, massSend: p.massSend } as never,
        overrideAccess: false,
        user,
        depth: 0,
      })
      created.push({ id: doc.id, account: p.account, name: p.name, plannedAt: p.plannedAt, status: (doc as { status?: string }).status })
    }
    // after the rows committed (a transition inside their transaction would wait on their row locks)
    if ((content as { status?: string }).status === 'approved') {
      await transitionContent(req.payload, { id: contentId, to: 'scheduled', user: null }).catch((e: { status?: number }) => {
        if (e.status !== 409) throw e // someone else scheduled it at the same moment
      })
    }
    return Response.json({ created, warnings }, { status: 201 })
  },
}

export const reschedule: Endpoint = {
  path: '/:id/reschedule',
  method: 'post',
  handler: async (req) => {
    planner(req)
    const row = await visibleRow(req)
    const b = await body(req)
    const at = new Date(String(b.plannedAt ?? ''))
    if (Number.isNaN(at.getTime())) fail(400, '发布时间格式不正确', 'Invalid time')
    if (at.getTime() < Date.now() - 60_000) fail(400, '发布时间不能早于现在', 'The time must not be in the past')
    if (row.status !== 'scheduled') fail(409, '只能调整“已排期”的发布', 'Only scheduled publications can be moved')
    const existing = await plannedRowsOf(req.payload, [row.account], at, new Date(at.getTime() + 32 * DAY))
    const moved = existing.map((r) => (r.id === row.id ? { ...r, id: '', plannedAt: at.toISOString() } : r))
    const warnings = quotaWarnings(moved).filter((w) => w.publications.includes(''))
    if (b.dryRun) return Response.json({ warnings })
    const next = await cas(req, row.id, ['scheduled'], { plannedAt: at.toISOString(), overdue: false })
    if (!next.onHold) await enqueuePublish(row.id, next.plannedAt)
    return Response.json({ publication: next, warnings })
  },
}

export const cancel: Endpoint = {
  path: '/:id/cancel',
  method: 'post',
  handler: async (req) => {
    planner(req)
    const row = await visibleRow(req)
    const next = await cas(req, row.id, ['scheduled', 'failed', 'needs_verification', 'awaiting_confirmation'], { status: 'cancelled' })
    await removePublishJob(row.id)
    return Response.json({ publication: next })
  },
}

export const done: Endpoint = {
  path: '/:id/done',
  method: 'post',
  handler: async (req) => {
    const user = userOf(req)
    if (!user) fail(401, '请先登录', 'Log in first')
    const row = await visibleRow(req)
    if (row.mode === 'auto') fail(400, '自动发布无需手动确认', 'Automatic publications need no confirmation')
    const responsible = [row.manager, row.assignee].map(String).includes(user!.id)
    if (!responsible && !['admin', 'editor'].includes(String(user!.role))) fail(403, '只有负责人可以确认完成', 'Only the person responsible can confirm')
    const next = await cas(req, row.id, ['scheduled', 'task_created', 'awaiting_confirmation'], { status: 'done', doneAt: new Date().toISOString(), doneBy: user!.id })
    await removePublishJob(row.id)
    return Response.json({ publication: next })
  },
}

/** A person settles an unknown outcome: it was posted, or it was not and is sent again now. */
export const resolve: Endpoint = {
  path: '/:id/resolve',
  method: 'post',
  handler: async (req) => {
    planner(req)
    const row = await visibleRow(req)
    const outcome = (await body(req)).outcome
    if (outcome === 'published') {
      const next = await cas(req, row.id, ['needs_verification'], { status: row.mode === 'auto' ? 'published' : 'done', publishedAt: new Date().toISOString(), lastError: null })
      return Response.json({ publication: next })
    }
    if (outcome !== 'not_published') fail(400, '请选择核实结果', 'Pick an outcome')
    const now = new Date().toISOString()
    const next = await cas(req, row.id, ['needs_verification'], { status: 'scheduled', plannedAt: now, attemptId: null, createStep: null, lastError: null })
    await enqueuePublish(row.id, now)
    return Response.json({ publication: next })
  },
}

type Titled = { id: string; title?: string; name?: string; kind?: string }

async function describeRows(req: PayloadRequest, docs: PublicationRow[]) {
  const ids = (key: 'content' | 'account') => [...new Set(docs.map((d) => String(d[key])))]
  const [contents, accounts] = await Promise.all([
    req.payload.find({ collection: 'contents', where: { id: { in: ids('content') } }, depth: 0, pagination: false, overrideAccess: true, select: { title: true, variants: true } }),
    req.payload.find({ collection: 'channel-accounts', where: { id: { in: ids('account') } }, depth: 0, pagination: false, overrideAccess: true, select: { name: true, kind: true } }),
  ])
  const content = new Map((contents.docs as unknown as (Titled & ContentDoc)[]).map((c) => [String(c.id), c]))
  const account = new Map((accounts.docs as unknown as Titled[]).map((a) => [String(a.id), a]))
  return { content, account }
}

const pick = (d: PublicationRow) => ({
  id: String(d.id),
  plannedAt: d.plannedAt,
  status: d.status,
  mode: d.mode,
  kind: d.kind,
  variant: d.variant,
  onHold: Boolean(d.onHold),
  overdue: Boolean(d.overdue),
  massSend: Boolean(d.massSend),
  lastError: d.lastError ?? null,
  content: String(d.content),
  account: String(d.account),
})

/** GET /api/publications/calendar?from=&to= — the calendar's rows plus quota warnings for the range. */
export const calendar: Endpoint = {
  path: '/calendar',
  method: 'get',
  handler: async (req) => {
    if (!userOf(req)) fail(401, '请先登录', 'Log in first')
    const from = new Date(String(req.query?.from ?? ''))
    const to = new Date(String(req.query?.to ?? ''))
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from || to.getTime() - from.getTime() > 45 * DAY) {
      fail(400, '请给出不超过45天的时间范围', 'Give a range of at most 45 days')
    }
    const found = await req.payload.find({
      collection: 'publications',
      where: { and: [{ plannedAt: { greater_than_equal: from.toISOString() } }, { plannedAt: { less_than: to.toISOString() } }, { status: { not_equals: 'cancelled' } }] },
      depth: 0,
      limit: 2000,
      sort: 'plannedAt',
      overrideAccess: false,
      user: req.user,
    })
    const docs = found.docs as unknown as PublicationRow[]
    const { content, account } = await describeRows(req, docs)
    const planned = await plannedRowsOf(req.payload, [...account.keys()], from, to)
    return Response.json({
      items: docs.map((d) => ({ ...pick(d), title: content.get(String(d.content))?.title ?? '', accountName: account.get(String(d.account))?.name ?? '' })),
      warnings: quotaWarnings(planned).map((w) => ({ ...w, accountName: account.get(w.account)?.name ?? '' })),
    })
  },
}

const textOf = (c: ContentDoc | undefined, variant: string) => {
  const v = c?.variants
  if (variant === 'video') return [v?.video?.description ?? '', formatTopics((v?.video?.topics ?? []).map((t) => t.tag)).join(' ')].filter(Boolean).join('\n\n')
  if (variant === 'group') return v?.group?.text ?? ''
  if (variant === 'article') return v?.article?.digest ?? ''
  return v?.moments?.text ?? ''
}

const mediaOf = (c: ContentDoc | undefined, variant: string) => {
  const v = c?.variants
  if (variant === 'video') return [v?.video?.video]
  if (variant === 'group') return [v?.group?.image]
  if (variant === 'article') return [v?.article?.cover]
  return v?.moments?.images ?? []
}

const linkOf = (c: ContentDoc | undefined, variant: string) =>
  variant === 'video' ? v(c?.variants?.video?.linkedArticleUrl) : variant === 'moments' ? v(c?.variants?.moments?.link) : variant === 'article' ? v(c?.variants?.article?.sourceUrl) : null
const v = (s: string | undefined | null) => s || null

/**
 * GET /api/publications/today — 今日待发: the caller's task and manual publications due by the end of the
 * Beijing day (and older ones still open), each with its kit; plus, for editors, rows escalated to them.
 */
export const today: Endpoint = {
  path: '/today',
  method: 'get',
  handler: async (req) => {
    const user = userOf(req)
    if (!user) fail(401, '请先登录', 'Log in first')
    const endOfDay = new Date(Math.floor((Date.now() + 8 * 3600_000) / DAY) * DAY + DAY - 8 * 3600_000).toISOString()
    const mine: Where = { or: [{ manager: { equals: user!.id } }, { assignee: { equals: user!.id } }] }
    const open: Where = { status: { in: ['scheduled', 'task_created', 'awaiting_confirmation'] } }
    const [own, escalated] = await Promise.all(
      [
        { and: [mine, open, { mode: { in: ['task', 'manual'] } }, { plannedAt: { less_than: endOfDay } }] },
        { and: [{ escalatedTo: { equals: user!.id } }, { status: { in: ['task_created', 'awaiting_confirmation'] } }] },
      ].map((where) => req.payload.find({ collection: 'publications', where, depth: 0, limit: 200, sort: 'plannedAt', overrideAccess: true })),
    )
    const docs = [...own!.docs, ...escalated!.docs] as unknown as (PublicationRow & { kit?: { copyText?: string } | null; progress?: unknown })[]
    const { content, account } = await describeRows(req, docs)
    const items = await Promise.all(
      docs.map(async (d) => {
        const c = content.get(String(d.content))
        const files = await mediaDocs(req.payload, mediaOf(c, d.variant) as never)
        return {
          ...pick(d),
          escalated: own!.docs.every((o) => String(o.id) !== String(d.id)),
          title: c?.title ?? '',
          accountName: account.get(String(d.account))?.name ?? '',
          kit: {
            copyText: d.kit?.copyText ?? textOf(c, d.variant),
            files: files.map((f) => ({ url: f.url ?? `/api/media/file/${f.filename}`, filename: f.filename, mimeType: f.mimeType })),
            link: linkOf(c, d.variant),
          },
          progress: d.progress ?? null,
        }
      }),
    )
    return Response.json({ items })
  },
}

export const publicationEndpoints: Endpoint[] = [plan, calendar, today, reschedule, cancel, done, resolve]
