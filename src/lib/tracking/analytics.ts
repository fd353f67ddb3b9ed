// The AARRR funnel behind the 数据看板: exposure (platform metrics) → scans/clicks (hourly counters) →
// activation / retention / conversion (downstream events) → referral (visits through customers' share
// links), by channel, branch and manager, plus the manager leaderboard and a daily series.
// Managers get only their own figures: every source is filtered to manager = themself on the server.
import type { Payload, Where } from 'payload'

import type { SessionUser } from '../../access/roles'
import { channelLabel } from './vocabulary'

export interface DashboardFilter {
  campaign?: string
  from: Date
  to: Date
}

export interface Stages {
  exposure: number
  visit: number
  activation: number
  retention: number
  revenue: number
  referral: number
  amount: number
}

export interface GroupRow extends Stages {
  key: string
  label: string
}

export interface LeaderRow {
  rank: number
  manager: string
  name: string
  branch: string
  visits: number
  referrals: number
  conversions: number
  amount: number
}

export interface Dashboard {
  filter: { campaign: string | null; from: string; to: string }
  scope: 'all' | 'own'
  campaigns: { id: string; name: string }[]
  totals: Stages
  byChannel: GroupRow[]
  byBranch: GroupRow[]
  byManager: GroupRow[]
  leaderboard: { rows: LeaderRow[]; participants: number }
  series: { day: string; visits: number; conversions: number }[]
}

const emptyStages = (): Stages => ({ exposure: 0, visit: 0, activation: 0, retention: 0, revenue: 0, referral: 0, amount: 0 })

type Row = Record<string, any>
const idOf = (v: unknown): string => (v == null ? '' : typeof v === 'object' ? String((v as { id: string }).id) : String(v))

/** The calendar day in Asia/Shanghai (UTC+8, no daylight saving). */
export const shanghaiDay = (t: Date | string) => new Date(new Date(t).getTime() + 8 * 3600_000).toISOString().slice(0, 10)

async function all(payload: Payload, collection: string, where: Where): Promise<Row[]> {
  const r = await payload.find({ collection: collection as never, where, pagination: false, depth: 0, overrideAccess: true })
  return r.docs as Row[]
}

function scopeWhere(filter: DashboardFilter, timeField: string, manager?: string): Where {
  const and: Where[] = [{ [timeField]: { greater_than_equal: filter.from.toISOString() } }, { [timeField]: { less_than: filter.to.toISOString() } }]
  if (filter.campaign) and.push({ campaign: { equals: filter.campaign } })
  if (manager) and.push({ manager: { equals: manager } })
  return { and }
}

interface Facts {
  stats: Row[]
  conversions: Row[]
  exposure: Row[]
}

async function loadFacts(payload: Payload, filter: DashboardFilter, manager?: string): Promise<Facts> {
  const [stats, conversions, snapshots] = await Promise.all([
    all(payload, 'tracking-stats', scopeWhere(filter, 'hour', manager)),
    all(payload, 'conversions', { and: [scopeWhere(filter, 'occurredAt', manager), { attributed: { equals: true } }] }),
    all(payload, 'engagement', scopeWhere(filter, 'at', manager)),
  ])
  // a publication's exposure is its latest snapshot in the period (reads, or reach when larger)
  const latest = new Map<string, Row>()
  for (const s of snapshots) {
    const prev = latest.get(s.publication)
    if (!prev || new Date(s.at) > new Date(prev.at)) latest.set(s.publication, s)
  }
  return { stats, conversions, exposure: [...latest.values()] }
}

function group(facts: Facts, keyOf: (row: Row) => string): Map<string, Stages> {
  const out = new Map<string, Stages>()
  const at = (row: Row) => {
    const k = keyOf(row)
    let s = out.get(k)
    if (!s) out.set(k, (s = emptyStages()))
    return s
  }
  for (const e of facts.exposure) at(e).exposure += Math.max(e.reads ?? 0, e.reach ?? 0)
  for (const s of facts.stats) {
    const g = at(s)
    g.visit += s.visits ?? 0
    g.referral += s.referred ?? 0
  }
  for (const c of facts.conversions) {
    const g = at(c)
    const stage = c.stage as keyof Stages
    g[stage] += 1
    if (stage === 'revenue') g.amount += c.amount ?? 0
  }
  return out
}

function sum(rows: Stages[]): Stages {
  const t = emptyStages()
  for (const r of rows) for (const k of Object.keys(t) as (keyof Stages)[]) t[k] += r[k]
  return t
}

async function names(payload: Payload, collection: 'users' | 'branches', ids: string[]): Promise<Map<string, Row>> {
  const wanted = ids.filter(Boolean)
  if (wanted.length === 0) return new Map()
  const rows = await all(payload, collection, { id: { in: wanted } })
  return new Map(rows.map((r) => [String(r.id), r]))
}

function toRows(groups: Map<string, Stages>, label: (key: string) => string): GroupRow[] {
  return [...groups.entries()].map(([key, s]) => ({ key, label: label(key), ...s })).sort((a, b) => b.visit - a.visit || b.exposure - a.exposure)
}

async function leaderboard(payload: Payload, filter: DashboardFilter): Promise<Omit<LeaderRow, 'name' | 'branch'>[]> {
  const facts = await loadFacts(payload, filter)
  const byManager = group({ ...facts, exposure: [] }, (r) => idOf(r.manager))
  byManager.delete('')
  return [...byManager.entries()]
    .map(([manager, s]) => ({
      manager,
      visits: s.visit,
      referrals: s.referral,
      conversions: s.activation + s.retention + s.revenue,
      amount: s.amount,
      rank: 0,
    }))
    .sort((a, b) => b.conversions - a.conversions || b.referrals - a.referrals || b.amount - a.amount || a.manager.localeCompare(b.manager))
    .map((r, i) => ({ ...r, rank: i + 1 }))
}

export async function computeDashboard(payload: Payload, user: SessionUser, filter: DashboardFilter): Promise<Dashboard> {
  const own = user.role === 'manager' ? String(user.id) : undefined
  const facts = await loadFacts(payload, filter, own)
  const byChannel = group(facts, (r) => r.channel ?? '')
  const byBranch = group(facts, (r) => idOf(r.branch))
  const byManager = group(facts, (r) => idOf(r.manager))
  const board = await leaderboard(payload, filter)
  const visible = own ? board.filter((r) => r.manager === own) : board
  const users = await names(payload, 'users', [...byManager.keys(), ...visible.map((r) => r.manager)])
  const branches = await names(payload, 'branches', [...byBranch.keys(), ...[...users.values()].map((u) => idOf(u.branch))])

  const days = new Map<string, { visits: number; conversions: number }>()
  for (let t = filter.from.getTime(); t < filter.to.getTime(); t += 86_400_000) days.set(shanghaiDay(new Date(t)), { visits: 0, conversions: 0 })
  for (const s of facts.stats) {
    const d = days.get(shanghaiDay(s.hour))
    if (d) d.visits += s.visits ?? 0
  }
  for (const c of facts.conversions) {
    const d = days.get(shanghaiDay(c.occurredAt))
    if (d) d.conversions += 1
  }

  const linkWhere: Where = own ? { manager: { equals: own } } : {}
  const links = await payload.find({
    collection: 'tracking-links',
    where: { and: [linkWhere, { campaign: { exists: true } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { campaign: true, campaignName: true },
  })
  const campaigns = new Map<string, string>()
  for (const l of links.docs as Row[]) if (l.campaign) campaigns.set(l.campaign, l.campaignName || campaigns.get(l.campaign) || l.campaign)

  const branchName = (id: string) => branches.get(id)?.name ?? '未归属机构'
  return {
    filter: { campaign: filter.campaign ?? null, from: filter.from.toISOString(), to: filter.to.toISOString() },
    scope: own ? 'own' : 'all',
    campaigns: [...campaigns.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh')),
    totals: sum([...byChannel.values()]),
    byChannel: toRows(byChannel, (k) => channelLabel(k)),
    byBranch: toRows(byBranch, (k) => (k ? branchName(k) : '未归属机构')),
    byManager: toRows(byManager, (k) => (k ? (users.get(k)?.displayName ?? k) : '未归属（公众号等）')),
    leaderboard: {
      participants: board.length,
      rows: visible.map((r) => {
        const u = users.get(r.manager)
        return { ...r, name: u?.displayName ?? r.manager, branch: u ? branchName(idOf(u.branch)) : '' }
      }),
    },
    series: [...days.entries()].map(([day, v]) => ({ day, ...v })),
  }
}

/** Parses ?campaign=&from=&to= (days in Asia/Shanghai, `to` inclusive); the default is the last 30 days. */
export function parseFilter(params: URLSearchParams, now = new Date()): DashboardFilter {
  const day = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? new Date(`${s}T00:00:00+08:00`) : null)
  const today = new Date(`${shanghaiDay(now)}T00:00:00+08:00`)
  const to = day(params.get('to')) ?? today
  const from = day(params.get('from')) ?? new Date(today.getTime() - 29 * 86_400_000)
  const end = new Date(to.getTime() + 86_400_000)
  return { campaign: params.get('campaign') || undefined, from: from < end ? from : new Date(end.getTime() - 86_400_000), to: end }
}
