// Chinese lunisolar calendar (农历) computed from astronomy, using the rules of GB/T 33661-2017:
//  - a month starts on the Asia/Shanghai day of the new moon;
//  - the month containing the winter solstice (冬至) is month 11;
//  - when 13 new moons begin between two month-11s, the first month without a principal term (中气)
//    is the leap month and repeats the number of the month before it.
import { lunationNear, newMoonUtc } from './astronomy'
import { addDays, dayNumber, shanghaiDate } from './china-date'
import { solarTermsOfYear } from './solar-terms'

export type LunarMonth = {
  /** Lunar year number (the Gregorian year in which its 正月 begins). */
  lunarYear: number
  month: number // 1–12
  leap: boolean
  /** 'YYYY-MM-DD' of day 1 (初一) in Asia/Shanghai. */
  start: string
  days: 29 | 30
}

/** Asia/Shanghai date of the last new moon on or before `ymd`, as lunation number + date. */
function newMoonOnOrBefore(ymdDate: string): { k: number; date: string } {
  let k = lunationNear(new Date(`${ymdDate}T00:00:00+08:00`)) + 1
  while (shanghaiDate(newMoonUtc(k)) > ymdDate) k--
  return { k, date: shanghaiDate(newMoonUtc(k)) }
}

function winterSolstice(year: number): string {
  return solarTermsOfYear(year).find((t) => t.key === 'dongzhi')!.date
}

/** Principal terms (中气: even multiples of 30°) as Asia/Shanghai dates, for the given Gregorian years. */
function principalTermDates(years: number[]): string[] {
  return years.flatMap((y) => solarTermsOfYear(y).filter((t) => t.longitude % 30 === 0).map((t) => t.date)).sort()
}

const suiCache = new Map<number, LunarMonth[]>()

/**
 * The months from the month-11 containing 冬至 of `year - 1` up to (not including) the month-11
 * containing 冬至 of `year` (one 岁). Months before 正月 belong to lunar year `year - 1`.
 */
function monthsOfSui(year: number): LunarMonth[] {
  const cached = suiCache.get(year)
  if (cached) return cached
  const first = newMoonOnOrBefore(winterSolstice(year - 1))
  const last = newMoonOnOrBefore(winterSolstice(year))
  const starts: string[] = []
  for (let k = first.k; k <= last.k; k++) starts.push(shanghaiDate(newMoonUtc(k)))
  const monthCount = starts.length - 1 // months in this sui
  const zhongqi = principalTermDates([year - 1, year])
  const hasZhongqi = (i: number) => zhongqi.some((d) => d >= starts[i] && d < starts[i + 1])
  let leapIndex = -1
  if (monthCount === 13) {
    for (let i = 1; i < monthCount; i++) {
      if (!hasZhongqi(i)) {
        leapIndex = i
        break
      }
    }
  }
  const months: LunarMonth[] = []
  let number = 11
  for (let i = 0; i < monthCount; i++) {
    const leap = i === leapIndex
    if (i > 0 && !leap) number = number === 12 ? 1 : number + 1
    const lunarYear = number >= 11 && months.every((m) => m.month >= 11) ? year - 1 : year
    months.push({
      lunarYear,
      month: number,
      leap,
      start: starts[i],
      days: (dayNumber(starts[i + 1]) - dayNumber(starts[i])) as 29 | 30,
    })
  }
  suiCache.set(year, months)
  return months
}

/** Gregorian 'YYYY-MM-DD' of a lunar date (non-leap month unless leap = true); null if no such day. */
export function lunarToSolar(lunarYear: number, month: number, day: number, leap = false): string | null {
  // 正月–十月 of lunar year Y are in sui Y; 冬月/腊月 of lunar year Y start the sui Y+1.
  const sui = month >= 11 ? monthsOfSui(lunarYear + 1) : monthsOfSui(lunarYear)
  const m = sui.find((x) => x.lunarYear === lunarYear && x.month === month && x.leap === leap)
  if (!m || day < 1 || day > m.days) return null
  return addDays(m.start, day - 1)
}

/** The lunar date of a Gregorian 'YYYY-MM-DD'. */
export function solarToLunar(date: string): { lunarYear: number; month: number; day: number; leap: boolean } {
  const year = Number(date.slice(0, 4))
  for (const y of [year, year + 1]) {
    for (const m of monthsOfSui(y)) {
      const offset = dayNumber(date) - dayNumber(m.start)
      if (offset >= 0 && offset < m.days) return { lunarYear: m.lunarYear, month: m.month, day: offset + 1, leap: m.leap }
    }
  }
  throw new Error(`no lunar date for ${date}`)
}

/** Number of days of a lunar month (29 or 30). */
export function lunarMonthDays(lunarYear: number, month: number, leap = false): number | null {
  const sui = month >= 11 ? monthsOfSui(lunarYear + 1) : monthsOfSui(lunarYear)
  return sui.find((x) => x.lunarYear === lunarYear && x.month === month && x.leap === leap)?.days ?? null
}

/** The leap month number of a lunar year (0 if none), e.g. 2028 → 5 (闰五月). */
export function leapMonthOf(lunarYear: number): number {
  const months = [...monthsOfSui(lunarYear), ...monthsOfSui(lunarYear + 1)].filter((m) => m.lunarYear === lunarYear)
  return months.find((m) => m.leap)?.month ?? 0
}
