// Everything the manager's 我的工作台 shows besides the scheduler's 今日待发 list: their groups with health,
// the activity library with ready-to-share H5 links, the activities behind today's tasks, own funnel and rank.
import type { Payload } from 'payload'

import type { SessionUser } from '../../access/roles'
import { computeDashboard, parseFilter } from '../tracking/analytics'
import { ensureTrackingLink, publicUrl, trackingUrl } from '../tracking/links'
import { groupHealth, type GroupHealth } from './health'
import { isInteractive, kindLabel } from './kinds'
import { idOf } from './sop-plan'
import { shanghaiDate, shanghaiDayRange } from './sop-time'

type Doc = Record<string, any>

/**
 * The link a manager shares for an interactive activity: `/t/<code>` records the click, then lands on
 * `/h5/<id>?c=<code'>` whose code attributes the participation to the same manager (and content).
 */
export async function h5ShareUrl(payload: Payload, args: { activity: string; manager: string; content?: string; channel?: string }): Promise<string> {
  const base = { manager: args.manager, content: args.content, channel: args.channel ?? 'wecom_groups' }
  const landing = await ensureTrackingLink(payload, { ...base, target: `/h5/${args.activity}` })
  const share = await ensureTrackingLink(payload, { ...base, target: `/h5/${args.activity}?c=${landing.code}` })
  return trackingUrl(share.code)
}

export interface WorkbenchGroup {
  id: string
  name: string
  type: string
  memberCount: number
  health: GroupHealth
  lastActivityAt: string | null
  /** the WeCom customer-group account; null when the group is not linked (its SOP tasks are manual) */
  account: string | null
  welcomeMessage: string | null
  rules: string | null
}

export interface WorkbenchActivity {
  id: string
  title: string
  kind: string
  kindLabel: string
  theme: string
  durationMinutes: number
  groupMessage: string
  shareUrl: string | null
}

export interface WorkbenchData {
  studioUrl: string
  groups: WorkbenchGroup[]
  activities: WorkbenchActivity[]
  /** content id → the activity its group variant carries, with the manager's share link */
  taskActivities: Record<string, { id: string; title: string; kindLabel: string; shareUrl: string | null }>
  stats: { visit: number; activation: number; retention: number; revenue: number; referral: number; rank: number | null; participants: number }
}

export async function loadWorkbench(payload: Payload, user: SessionUser): Promise<WorkbenchData> {
  const manager = String(user.id)
  const groups = await payload.find({ collection: 'groups', where: { manager: { equals: manager } }, depth: 0, pagination: false, overrideAccess: false, user: user as never, sort: 'lastActivityAt' })
  const activities = await payload.find({ collection: 'activities', where: { status: { equals: 'active' } }, depth: 0, limit: 40, overrideAccess: false, user: user as never, sort: 'kind' })
  const shareOf = async (a: Doc, content?: string) => (isInteractive(a.kind) ? h5ShareUrl(payload, { activity: String(a.id), manager, content }) : null)

  // activities behind today's group tasks (the content's group variant names them)
  const { end } = shanghaiDayRange(shanghaiDate())
  const tasks = await payload.find({
    collection: 'publications',
    where: { and: [{ manager: { equals: manager } }, { variant: { equals: 'group' } }, { plannedAt: { less_than: end.toISOString() } }, { status: { in: ['scheduled', 'task_created', 'awaiting_confirmation'] } }] },
    depth: 0,
    limit: 100,
    overrideAccess: true,
    select: { content: true },
  })
  const contentIds = [...new Set((tasks.docs as Doc[]).map((t) => idOf(t.content)).filter(Boolean))] as string[]
  const contents = contentIds.length
    ? await payload.find({ collection: 'contents', where: { id: { in: contentIds } }, depth: 1, pagination: false, overrideAccess: true, select: { variants: true } })
    : { docs: [] }
  const taskActivities: WorkbenchData['taskActivities'] = {}
  for (const c of contents.docs as Doc[]) {
    const a = c.variants?.group?.activity
    if (a && typeof a === 'object') taskActivities[String(c.id)] = { id: String(a.id), title: a.title, kindLabel: kindLabel(a.kind), shareUrl: await shareOf(a, String(c.id)) }
  }

  // one at a time: the first visit creates the manager's links, and SQLite takes one writer at a time
  const library: WorkbenchActivity[] = []
  for (const a of activities.docs as Doc[]) {
    library.push({ id: String(a.id), title: a.title, kind: a.kind, kindLabel: kindLabel(a.kind), theme: a.theme, durationMinutes: a.durationMinutes, groupMessage: a.groupMessage, shareUrl: await shareOf(a) })
  }

  const dashboard = await computeDashboard(payload, user, parseFilter(new URLSearchParams()))
  const mine = dashboard.leaderboard.rows.find((r) => r.manager === manager)
  return {
    studioUrl: `${publicUrl()}/s/${manager}`,
    groups: (groups.docs as Doc[]).map((g) => ({
      id: String(g.id),
      name: g.name,
      type: g.type,
      memberCount: g.memberCount ?? 0,
      health: groupHealth(g.lastActivityAt, g.createdAt),
      lastActivityAt: g.lastActivityAt ?? null,
      account: idOf(g.account),
      welcomeMessage: g.welcomeMessage ?? null,
      rules: g.rules ?? null,
    })),
    activities: library,
    taskActivities,
    stats: {
      visit: dashboard.totals.visit,
      activation: dashboard.totals.activation,
      retention: dashboard.totals.retention,
      revenue: dashboard.totals.revenue,
      referral: dashboard.totals.referral,
      rank: mine?.rank ?? null,
      participants: dashboard.leaderboard.participants,
    },
  }
}
