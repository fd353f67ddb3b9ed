// Resolves festival definitions to Gregorian dates (Asia/Shanghai calendar days) and builds lead-time alerts.
import { addDays, dayNumber, nthWeekday, shanghaiDate, ymd } from './china-date'
import { FESTIVALS, type FestivalDefinition, type FestivalKind } from './festival-definitions'
import { lunarToSolar } from './lunar'
import { solarTermsOfYear } from './solar-terms'

export const MIN_SUPPORTED_YEAR = 2001
export const MAX_SUPPORTED_YEAR = 2099

export type Festival = {
  /** Unique per occurrence: `${slug}-${year of the date}`, e.g. 'mid-autumn-2027'. Content links to this. */
  key: string
  /** Same for every year, e.g. 'mid-autumn'. */
  slug: string
  nameZh: string
  nameEn: string
  /** Asia/Shanghai calendar date. */
  date: string
  kind: FestivalKind
  angles: string[]
  leadDays: number
}

function datesForYear(def: FestivalDefinition, year: number): string[] {
  const r = def.rule
  switch (r.type) {
    case 'fixed':
      return [ymd(year, r.month, r.day)]
    case 'nth-weekday':
      return [nthWeekday(year, r.month, r.weekday, r.n)]
    case 'solar-term':
      return solarTermsOfYear(year).filter((t) => t.longitude === r.longitude).map((t) => t.date)
    case 'lunar': {
      // A lunar date of lunar year Y can fall in Gregorian year Y or Y+1 (腊八, 小年); collect both candidates.
      return [year - 1, year].map((ly) => lunarToSolar(ly, r.month, r.day)).filter((d): d is string => d !== null && d.startsWith(`${year}-`))
    }
    case 'lunar-new-year-eve': {
      const ny = lunarToSolar(year + 1, 1, 1)
      const eves = [lunarToSolar(year, 1, 1), ny].filter((d): d is string => d !== null).map((d) => addDays(d, -1))
      return eves.filter((d) => d.startsWith(`${year}-`))
    }
  }
}

/** Asia/Shanghai 'YYYY-MM-DD' of a Date instant, or a 'YYYY-MM-DD' string as is. */
export function toShanghaiDay(value: Date | string): string {
  if (typeof value === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new RangeError(`expected YYYY-MM-DD, got ${value}`)
    return value
  }
  if (Number.isNaN(value.getTime())) throw new RangeError('invalid date')
  return shanghaiDate(value)
}

/** All festivals, solar terms, shopping and financial days whose Asia/Shanghai date is within [from, to], sorted. */
export function festivalsBetween(from: Date | string, to: Date | string): Festival[] {
  const start = toShanghaiDay(from)
  const end = toShanghaiDay(to)
  if (start > end) return []
  const y0 = Number(start.slice(0, 4))
  const y1 = Number(end.slice(0, 4))
  if (y0 < MIN_SUPPORTED_YEAR || y1 > MAX_SUPPORTED_YEAR) {
    throw new RangeError(`festival calendar supports ${MIN_SUPPORTED_YEAR}–${MAX_SUPPORTED_YEAR}`)
  }
  const out: Festival[] = []
  for (let year = y0; year <= y1; year++) {
    for (const def of FESTIVALS) {
      for (const date of datesForYear(def, year)) {
        if (date < start || date > end) continue
        out.push({
          key: `${def.slug}-${date.slice(0, 4)}`, slug: def.slug, nameZh: def.nameZh, nameEn: def.nameEn,
          date, kind: def.kind, angles: [...def.angles], leadDays: def.leadDays,
        })
      }
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key))
}

export type LeadTimeAlert = {
  festival: Festival
  daysLeft: number
  approved: number
  /** True when nothing approved yet: the calendar shows these in red. */
  needsContent: boolean
  messageZh: string
  messageEn: string
}

/** Short display name: 中秋节 → 中秋, '3·15消费者权益保护日' stays. */
function shortZh(name: string): string {
  return name.endsWith('节') && name.length >= 3 && !name.endsWith('购物节') ? name.slice(0, -1) : name
}
function shortEn(name: string): string {
  return name.replace(/ Festival$/, '')
}

/**
 * Festivals whose lead window has opened (0 ≤ daysLeft ≤ leadDays), with how much approved content exists.
 * approvedCountByFestivalKey is looked up by occurrence key ('mid-autumn-2027') and then by slug ('mid-autumn').
 */
export function leadTimeAlerts(
  today: Date | string,
  festivals: Festival[],
  approvedCountByFestivalKey: Record<string, number> | Map<string, number>,
): LeadTimeAlert[] {
  const todayDay = dayNumber(toShanghaiDay(today))
  const lookup = (k: string): number | undefined =>
    approvedCountByFestivalKey instanceof Map ? approvedCountByFestivalKey.get(k) : Object.prototype.hasOwnProperty.call(approvedCountByFestivalKey, k) ? approvedCountByFestivalKey[k] : undefined
  const alerts: LeadTimeAlert[] = []
  for (const festival of festivals) {
    const daysLeft = dayNumber(festival.date) - todayDay
    if (daysLeft < 0 || daysLeft > festival.leadDays) continue
    const approved = Math.max(0, Math.floor(lookup(festival.key) ?? lookup(festival.slug) ?? 0))
    const zhName = shortZh(festival.nameZh)
    const enName = shortEn(festival.nameEn)
    const whenZh = daysLeft === 0 ? '就是今天' : `还有${daysLeft}天`
    const whenEn = daysLeft === 0 ? 'is today' : `in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`
    alerts.push({
      festival, daysLeft, approved, needsContent: approved === 0,
      messageZh: `${zhName} ${whenZh} — ${approved} 条已审核内容`,
      messageEn: `${enName} ${whenEn} — ${approved} approved content`,
    })
  }
  return alerts.sort((a, b) => a.daysLeft - b.daysLeft || a.festival.key.localeCompare(b.festival.key))
}
