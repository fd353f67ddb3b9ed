// The 24 solar terms (二十四节气): the date in Asia/Shanghai on which the Sun's apparent longitude reaches
// each multiple of 15°. 立春 = 315°, 春分 = 0°, 冬至 = 270°.
import { jdeOfSunLongitude, jdeToUtc } from './astronomy'
import { shanghaiDate } from './china-date'

export type SolarTermInfo = { key: string; nameZh: string; nameEn: string; longitude: number }

// In calendar-year order, starting with 小寒 (285°) in early January.
export const SOLAR_TERMS: SolarTermInfo[] = [
  { key: 'xiaohan', nameZh: '小寒', nameEn: 'Minor Cold', longitude: 285 },
  { key: 'dahan', nameZh: '大寒', nameEn: 'Major Cold', longitude: 300 },
  { key: 'lichun', nameZh: '立春', nameEn: 'Start of Spring', longitude: 315 },
  { key: 'yushui', nameZh: '雨水', nameEn: 'Rain Water', longitude: 330 },
  { key: 'jingzhe', nameZh: '惊蛰', nameEn: 'Awakening of Insects', longitude: 345 },
  { key: 'chunfen', nameZh: '春分', nameEn: 'Spring Equinox', longitude: 0 },
  { key: 'qingming', nameZh: '清明', nameEn: 'Pure Brightness', longitude: 15 },
  { key: 'guyu', nameZh: '谷雨', nameEn: 'Grain Rain', longitude: 30 },
  { key: 'lixia', nameZh: '立夏', nameEn: 'Start of Summer', longitude: 45 },
  { key: 'xiaoman', nameZh: '小满', nameEn: 'Grain Buds', longitude: 60 },
  { key: 'mangzhong', nameZh: '芒种', nameEn: 'Grain in Ear', longitude: 75 },
  { key: 'xiazhi', nameZh: '夏至', nameEn: 'Summer Solstice', longitude: 90 },
  { key: 'xiaoshu', nameZh: '小暑', nameEn: 'Minor Heat', longitude: 105 },
  { key: 'dashu', nameZh: '大暑', nameEn: 'Major Heat', longitude: 120 },
  { key: 'liqiu', nameZh: '立秋', nameEn: 'Start of Autumn', longitude: 135 },
  { key: 'chushu', nameZh: '处暑', nameEn: 'End of Heat', longitude: 150 },
  { key: 'bailu', nameZh: '白露', nameEn: 'White Dew', longitude: 165 },
  { key: 'qiufen', nameZh: '秋分', nameEn: 'Autumn Equinox', longitude: 180 },
  { key: 'hanlu', nameZh: '寒露', nameEn: 'Cold Dew', longitude: 195 },
  { key: 'shuangjiang', nameZh: '霜降', nameEn: "Frost's Descent", longitude: 210 },
  { key: 'lidong', nameZh: '立冬', nameEn: 'Start of Winter', longitude: 225 },
  { key: 'xiaoxue', nameZh: '小雪', nameEn: 'Minor Snow', longitude: 240 },
  { key: 'daxue', nameZh: '大雪', nameEn: 'Major Snow', longitude: 255 },
  { key: 'dongzhi', nameZh: '冬至', nameEn: 'Winter Solstice', longitude: 270 },
]

export type SolarTermDate = SolarTermInfo & { date: string; instant: Date }

const cache = new Map<number, SolarTermDate[]>()

/** The instant a solar term occurs in a Gregorian year. */
export function solarTermInstant(year: number, longitude: number): Date {
  // Guess: days after the March equinox (~Mar 20.5) proportional to longitude.
  const index = SOLAR_TERMS.findIndex((t) => t.longitude === longitude)
  if (index < 0) throw new Error(`not a solar-term longitude: ${longitude}`)
  const guessUtcMs = Date.UTC(year, 0, 6) + index * (365.2422 / 24) * 86400000
  const jdeGuess = guessUtcMs / 86400000 + 2440587.5
  return jdeToUtc(jdeOfSunLongitude(longitude, jdeGuess))
}

/** All 24 solar terms of a Gregorian year with their Asia/Shanghai dates, in date order. */
export function solarTermsOfYear(year: number): SolarTermDate[] {
  const hit = cache.get(year)
  if (hit) return hit
  const list = SOLAR_TERMS.map((t) => {
    const instant = solarTermInstant(year, t.longitude)
    return { ...t, instant, date: shanghaiDate(instant) }
  })
  cache.set(year, list)
  return list
}
