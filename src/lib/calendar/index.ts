// Festival & solar-term calendar for 借势 planning (pure, no I/O). Dates are Asia/Shanghai calendar days.
export { festivalsBetween, leadTimeAlerts, toShanghaiDay, MIN_SUPPORTED_YEAR, MAX_SUPPORTED_YEAR, type Festival, type LeadTimeAlert } from './festivals'
export { FESTIVALS, type FestivalDefinition, type FestivalKind, type DateRule } from './festival-definitions'
export { solarTermsOfYear, SOLAR_TERMS, type SolarTermDate, type SolarTermInfo } from './solar-terms'
export { lunarToSolar, solarToLunar, leapMonthOf, lunarMonthDays, type LunarMonth } from './lunar'
