// Plan-time checks of the channels' rate rules and quotas (the send-time check is the Redis limiter in
// src/channels/rate-limit.ts): warnings for the calendar and the publish dialog, and "next free slot".
import type { Payload } from 'payload'

import { getAdapter, shanghaiPeriod, type RateRule } from '../../channels'

export interface PlannedRow {
  id?: string
  account: string
  kind: string
  plannedAt: string
  massSend?: boolean | null
}

export interface QuotaWarning {
  account: string
  rule: string
  label: { zh: string; en: string }
  period: string
  planned: number
  max: number
  publications: string[]
}

const ruleApplies = (rule: RateRule, row: PlannedRow) => rule.action === 'send' || (rule.action === 'mass_send' && Boolean(row.massSend))

/** Every rule that the given plan (existing rows plus proposed ones) would break, once per period. */
export function quotaWarnings(rows: PlannedRow[]): QuotaWarning[] {
  const warnings: QuotaWarning[] = []
  const byAccount = new Map<string, PlannedRow[]>()
  for (const r of rows) byAccount.set(r.account, [...(byAccount.get(r.account) ?? []), r])
  for (const [account, list] of byAccount) {
    for (const rule of getAdapter(list[0]!.kind).limits.rules) {
      const hits = list.filter((r) => ruleApplies(rule, r)).sort((a, b) => a.plannedAt.localeCompare(b.plannedAt))
      if (rule.window === 'minute_sliding') {
        const times = hits.map((r) => new Date(r.plannedAt).getTime())
        for (let i = 0, j = 0; j < times.length; j++) {
          while (times[j]! - times[i]! >= 60_000) i++
          if (j - i + 1 > rule.max) {
            const window = hits.slice(i, j + 1)
            warnings.push({ account, rule: rule.id, label: rule.label, period: window[0]!.plannedAt, planned: window.length, max: rule.max, publications: window.map((r) => r.id ?? '') })
            break
          }
        }
        continue
      }
      const unit = rule.window === 'day_shanghai' ? 'day' : 'month'
      const periods = new Map<string, PlannedRow[]>()
      for (const r of hits) {
        const p = shanghaiPeriod(new Date(r.plannedAt).getTime(), unit).id
        periods.set(p, [...(periods.get(p) ?? []), r])
      }
      for (const [period, inPeriod] of periods) {
        if (inPeriod.length > rule.max) {
          warnings.push({ account, rule: rule.id, label: rule.label, period, planned: inPeriod.length, max: rule.max, publications: inPeriod.map((r) => r.id ?? '') })
        }
      }
    }
  }
  return warnings
}

const ACTIVE = ['scheduled', 'publishing', 'published', 'task_created', 'awaiting_confirmation', 'done', 'needs_verification']

/** The account's planned rows from the start of the month before `from` (month quotas) to `to`. */
export async function plannedRowsOf(payload: Payload, accountIds: string[], from: Date, to: Date): Promise<PlannedRow[]> {
  if (!accountIds.length) return []
  const start = new Date(shanghaiPeriod(from.getTime(), 'month').start)
  const found = await payload.find({
    collection: 'publications',
    where: { and: [{ account: { in: accountIds } }, { status: { in: ACTIVE } }, { plannedAt: { greater_than_equal: start.toISOString() } }, { plannedAt: { less_than: to.toISOString() } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { account: true, plannedAt: true, massSend: true, kind: true },
  })
  return (found.docs as unknown as { id: string; account: string; plannedAt: string; massSend?: boolean; kind: string }[]).map((d) => ({
    id: String(d.id),
    account: String(d.account),
    kind: d.kind,
    plannedAt: d.plannedAt,
    massSend: d.massSend,
  }))
}

const SLOT_MS = 30 * 60_000
const SHANGHAI_MS = 8 * 3600_000

/**
 * The first half-hour slot from `after` inside 08:00–21:00 Beijing time that keeps an hour away from the
 * account's other posts and breaks none of its quotas.
 */
export function nextFreeSlot(account: { id: string; kind: string }, existing: PlannedRow[], after: Date, massSend = false): Date {
  let t = Math.ceil(after.getTime() / SLOT_MS) * SLOT_MS
  const mine = existing.filter((r) => r.account === account.id)
  for (let guard = 0; guard < 24 * 2 * 62; guard++, t += SLOT_MS) {
    const hour = new Date(t + SHANGHAI_MS).getUTCHours()
    if (hour < 8 || hour >= 21) continue
    if (mine.some((r) => Math.abs(new Date(r.plannedAt).getTime() - t) < 60 * 60_000)) continue
    const candidate: PlannedRow = { account: account.id, kind: account.kind, plannedAt: new Date(t).toISOString(), massSend }
    if (quotaWarnings([...mine, candidate]).some((w) => w.publications.includes(''))) continue
    return new Date(t)
  }
  throw new Error('no free slot in the next two months')
}
