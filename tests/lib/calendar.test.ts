import { describe, expect, it } from 'vitest'
import {
  festivalsBetween, leapMonthOf, leadTimeAlerts, lunarToSolar, solarTermsOfYear, solarToLunar,
} from '../../src/lib/calendar/index.js'

const termDates = (year: number) => Object.fromEntries(solarTermsOfYear(year).map((t) => [t.nameZh, t.date.slice(5)]))

describe('24 solar terms (Asia/Shanghai dates)', () => {
  it('matches published dates for the planning window', () => {
    expect(termDates(2026)).toMatchObject({ 立春: '02-04', 清明: '04-05', 夏至: '06-21', 秋分: '09-23', 小雪: '11-22', 大雪: '12-07', 冬至: '12-22' })
    expect(termDates(2028)).toMatchObject({ 立春: '02-04', 清明: '04-04', 夏至: '06-21', 冬至: '12-21' })
    expect(termDates(2029)).toMatchObject({ 立春: '02-03', 清明: '04-04', 冬至: '12-21' })
    expect(termDates(2030)).toMatchObject({ 立春: '02-04', 清明: '04-05', 冬至: '12-22' })
  })

  it('gives every 2027 term its published date', () => {
    expect(termDates(2027)).toEqual({
      小寒: '01-05', 大寒: '01-20', 立春: '02-04', 雨水: '02-19', 惊蛰: '03-06', 春分: '03-21',
      清明: '04-05', 谷雨: '04-20', 立夏: '05-06', 小满: '05-21', 芒种: '06-06', 夏至: '06-21',
      小暑: '07-07', 大暑: '07-23', 立秋: '08-08', 处暑: '08-23', 白露: '09-08', 秋分: '09-23',
      寒露: '10-08', 霜降: '10-23', 立冬: '11-07', 小雪: '11-22', 大雪: '12-07', 冬至: '12-22',
    })
  })

  it('reports instants to the minute (冬至 2026 at 04:50 Beijing time, 立春 2027 at 09:46)', () => {
    const bj = (d: Date) => new Date(d.getTime() + 8 * 3600e3).toISOString().slice(0, 16)
    expect(bj(solarTermsOfYear(2026).find((t) => t.key === 'dongzhi')!.instant)).toBe('2026-12-22T04:50')
    expect(bj(solarTermsOfYear(2027).find((t) => t.key === 'lichun')!.instant)).toBe('2027-02-04T09:46')
  })

  it('keeps 24 terms per year in date order, 14–16 days apart', () => {
    for (let y = 2026; y <= 2030; y++) {
      const terms = solarTermsOfYear(y)
      expect(terms).toHaveLength(24)
      for (let i = 1; i < 24; i++) {
        const gap = (Date.parse(terms[i].date) - Date.parse(terms[i - 1].date)) / 86400000
        expect(gap).toBeGreaterThanOrEqual(14)
        expect(gap).toBeLessThanOrEqual(16)
      }
    }
  })
})

describe('lunar calendar', () => {
  // Published Gregorian dates of the lunar festivals.
  const table: Record<number, Record<string, string>> = {
    2026: { 春节: '2026-02-17', 元宵: '2026-03-03', 端午: '2026-06-19', 七夕: '2026-08-19', 中秋: '2026-09-25', 重阳: '2026-10-18' },
    2027: { 春节: '2027-02-06', 元宵: '2027-02-20', 端午: '2027-06-09', 七夕: '2027-08-08', 中秋: '2027-09-15', 重阳: '2027-10-08' },
    2028: { 春节: '2028-01-26', 元宵: '2028-02-09', 端午: '2028-05-28', 七夕: '2028-08-26', 中秋: '2028-10-03', 重阳: '2028-10-26' },
    2029: { 春节: '2029-02-13', 元宵: '2029-02-27', 端午: '2029-06-16', 七夕: '2029-08-16', 中秋: '2029-09-22', 重阳: '2029-10-16' },
    2030: { 春节: '2030-02-03', 元宵: '2030-02-17', 端午: '2030-06-05', 七夕: '2030-08-05', 中秋: '2030-09-12', 重阳: '2030-10-05' },
  }
  const md: Record<string, [number, number]> = { 春节: [1, 1], 元宵: [1, 15], 端午: [5, 5], 七夕: [7, 7], 中秋: [8, 15], 重阳: [9, 9] }
  for (const [year, festivals] of Object.entries(table)) {
    it(`lunar festivals of ${year}`, () => {
      for (const [name, date] of Object.entries(festivals)) {
        const [m, d] = md[name]
        expect([name, lunarToSolar(Number(year), m, d)]).toEqual([name, date])
      }
    })
  }

  it('places 腊八 and 小年 of the lunar year in the next Gregorian year', () => {
    expect(lunarToSolar(2026, 12, 8)).toBe('2027-01-15')
    expect(lunarToSolar(2026, 12, 23)).toBe('2027-01-30')
    expect(lunarToSolar(2027, 12, 8)).toBe('2028-01-04')
  })

  it('finds leap months (2025 闰六月, 2028 闰五月, none in 2026/2027/2029/2030)', () => {
    expect(leapMonthOf(2025)).toBe(6)
    expect(leapMonthOf(2028)).toBe(5)
    for (const y of [2026, 2027, 2029, 2030]) expect(leapMonthOf(y)).toBe(0)
    expect(lunarToSolar(2028, 5, 1, true)).toBe('2028-06-23')
  })

  it('converts back and forth', () => {
    expect(solarToLunar('2026-11-23')).toEqual({ lunarYear: 2026, month: 10, day: 15, leap: false })
    expect(solarToLunar('2027-02-05')).toMatchObject({ lunarYear: 2026, month: 12 })
    for (const d of ['2026-12-22', '2027-09-15', '2028-06-30', '2030-02-03']) {
      const l = solarToLunar(d)
      expect(lunarToSolar(l.lunarYear, l.month, l.day, l.leap)).toBe(d)
    }
  })
})

describe('festivalsBetween', () => {
  const year = festivalsBetween('2026-11-23', '2027-12-31')
  const byKey = Object.fromEntries(year.map((f) => [f.key, f]))

  it('covers the coming 12+ months with exact dates', () => {
    const expected: Record<string, string> = {
      'double-12-2026': '2026-12-12', 'dongzhi-2026': '2026-12-22', 'new-year-2027': '2027-01-01',
      'laba-2027': '2027-01-15', 'little-new-year-2027': '2027-01-30', 'new-years-eve-2027': '2027-02-05',
      'spring-festival-2027': '2027-02-06', 'lichun-2027': '2027-02-04', 'lantern-festival-2027': '2027-02-20',
      'womens-day-2027': '2027-03-08', 'arbor-day-2027': '2027-03-12', 'consumer-rights-day-2027': '2027-03-15',
      'qingming-2027': '2027-04-05', 'labour-day-2027': '2027-05-01', 'youth-day-2027': '2027-05-04',
      'mothers-day-2027': '2027-05-09', 'childrens-day-2027': '2027-06-01', 'dragon-boat-2027': '2027-06-09',
      'shopping-618-2027': '2027-06-18', 'fathers-day-2027': '2027-06-20', 'party-founding-day-2027': '2027-07-01',
      'army-day-2027': '2027-08-01', 'qixi-2027': '2027-08-08', 'financial-literacy-month-2027': '2027-09-01',
      'teachers-day-2027': '2027-09-10', 'mid-autumn-2027': '2027-09-15', 'national-day-2027': '2027-10-01',
      'double-ninth-2027': '2027-10-08', 'double-11-2027': '2027-11-11', 'double-12-2027': '2027-12-12',
    }
    for (const [key, date] of Object.entries(expected)) expect([key, byKey[key]?.date]).toEqual([key, date])
    expect(year.filter((f) => f.kind === 'solar-term')).toHaveLength(26) // 小雪 2026 is past: 大雪, 冬至 2026 + 24 of 2027
  })

  it('computes the rule-based days for every supported year', () => {
    const get = (slug: string, y: number) => festivalsBetween(`${y}-01-01`, `${y}-12-31`).find((f) => f.slug === slug)!.date
    expect([2026, 2027, 2028, 2029, 2030].map((y) => get('mothers-day', y))).toEqual(['2026-05-10', '2027-05-09', '2028-05-14', '2029-05-13', '2030-05-12'])
    expect([2026, 2027, 2028, 2029, 2030].map((y) => get('fathers-day', y))).toEqual(['2026-06-21', '2027-06-20', '2028-06-18', '2029-06-17', '2030-06-16'])
    expect([2026, 2027, 2028, 2029, 2030].map((y) => get('new-years-eve', y))).toEqual(['2026-02-16', '2027-02-05', '2028-01-25', '2029-02-12', '2030-02-02'])
  })

  it('returns sorted entries with kind, Chinese angles and lead days', () => {
    for (let i = 1; i < year.length; i++) expect(year[i - 1].date <= year[i].date).toBe(true)
    for (const f of year) {
      expect(['festival', 'solar-term', 'shopping', 'financial']).toContain(f.kind)
      expect(f.angles.length).toBeGreaterThanOrEqual(2)
      for (const a of f.angles) expect(a).toMatch(/[\u4e00-\u9fff]/)
      expect(f.leadDays).toBeGreaterThan(0)
    }
    expect(byKey['double-11-2027'].kind).toBe('shopping')
    expect(byKey['consumer-rights-day-2027'].kind).toBe('financial')
  })

  it('treats Date arguments as Asia/Shanghai days and rejects unsupported years', () => {
    // 2026-12-21T16:30Z is already 2026-12-22 00:30 in Shanghai.
    expect(festivalsBetween(new Date('2026-12-21T16:30:00Z'), new Date('2026-12-21T17:00:00Z')).map((f) => f.key)).toEqual(['dongzhi-2026'])
    expect(() => festivalsBetween('1999-01-01', '1999-12-31')).toThrow(RangeError)
    expect(festivalsBetween('2027-01-02', '2027-01-01')).toEqual([])
  })
})

describe('leadTimeAlerts', () => {
  const fests = festivalsBetween('2027-08-01', '2027-10-31')
  it('alerts inside the lead window with bilingual messages', () => {
    const alerts = leadTimeAlerts('2027-09-01', fests, { 'mid-autumn-2027': 0, 'teachers-day': 3 })
    const mid = alerts.find((a) => a.festival.slug === 'mid-autumn')!
    expect(mid).toMatchObject({ daysLeft: 14, approved: 0, needsContent: true, messageZh: '中秋 还有14天 — 0 条已审核内容', messageEn: 'Mid-Autumn in 14 days — 0 approved content' })
    const teachers = alerts.find((a) => a.festival.slug === 'teachers-day')!
    expect(teachers).toMatchObject({ daysLeft: 9, approved: 3, needsContent: false })
    expect(alerts.map((a) => a.daysLeft)).toEqual([...alerts.map((a) => a.daysLeft)].sort((a, b) => a - b))
    // 国庆 (30 days away) is outside its 21-day window; past days never alert.
    expect(alerts.find((a) => a.festival.slug === 'national-day')).toBeUndefined()
    expect(alerts.find((a) => a.festival.slug === 'qixi')).toBeUndefined()
  })

  it('says today and accepts a Map', () => {
    const alerts = leadTimeAlerts(new Date('2027-09-15T02:00:00+08:00'), fests, new Map([['mid-autumn-2027', 5]]))
    expect(alerts[0]).toMatchObject({ daysLeft: 0, approved: 5, messageZh: '中秋 就是今天 — 5 条已审核内容', messageEn: 'Mid-Autumn is today — 5 approved content' })
  })
})
