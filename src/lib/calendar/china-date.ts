// Calendar-day arithmetic in Asia/Shanghai (UTC+8 all year, no DST since 1991), on 'YYYY-MM-DD' strings.

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000
const DAY_MS = 86400000

/** 'YYYY-MM-DD' of an instant as seen in Asia/Shanghai. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' civil date. */
export function dayNumber(ymd: string): number {
  return Math.round(Date.parse(`${ymd}T00:00:00Z`) / DAY_MS)
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

export function addDays(ymd: string, days: number): string {
  return fromDayNumber(dayNumber(ymd) + days)
}

export function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The n-th (1-based) given weekday (0 = Sunday) of a month, e.g. Mother's Day = nthWeekday(y, 5, 0, 2). */
export function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const firstDow = new Date(Date.UTC(year, month - 1, 1)).getUTCDay()
  const day = 1 + ((weekday - firstDow + 7) % 7) + (n - 1) * 7
  return ymd(year, month, day)
}
