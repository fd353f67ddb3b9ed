// Calendar arithmetic of the SOP in Beijing time (UTC+8 all year: China has no daylight saving time).
export const WEEKDAYS = [
  { value: 1, zh: '周一', en: 'Mon' },
  { value: 2, zh: '周二', en: 'Tue' },
  { value: 3, zh: '周三', en: 'Wed' },
  { value: 4, zh: '周四', en: 'Thu' },
  { value: 5, zh: '周五', en: 'Fri' },
  { value: 6, zh: '周六', en: 'Sat' },
  { value: 7, zh: '周日', en: 'Sun' },
] as const

const OFFSET_MS = 8 * 3_600_000
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

/** The Beijing calendar date of an instant, 'YYYY-MM-DD'. */
export const shanghaiDate = (at: Date = new Date()): string => new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10)

/** ISO weekday (1 = Monday … 7 = Sunday) of a Beijing calendar date. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay()
  return d === 0 ? 7 : d
}

/** The UTC instant of HH:mm Beijing time on a Beijing date. */
export const shanghaiInstant = (date: string, time: string): Date => new Date(`${date}T${time}:00+08:00`)

/** [start, end) of a Beijing calendar day as UTC instants. */
export function shanghaiDayRange(date: string): { start: Date; end: Date } {
  const start = shanghaiInstant(date, '00:00')
  return { start, end: new Date(start.getTime() + 86_400_000) }
}

export function addDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10)
}
