/** Slot schema (what the admin builds forms from) and validation with bilingual, slot-named errors. */
import { checkImageInput } from './images'
import { PosterInputError } from './errors'

export type SlotType = 'text' | 'lines' | 'image' | 'figure'

export interface SlotSpec {
  key: string
  label: { zh: string; en: string }
  type: SlotType
  required: boolean
  /** Characters per value (per line for 'lines'). */
  maxLength: number
  /** For 'lines': how many lines at most. */
  maxItems?: number
  /** Example value shown as placeholder. */
  example?: string | string[]
}

export type SlotValue = string | string[] | Buffer
export type Slots = Record<string, SlotValue | undefined>

export interface SlotError {
  slot: string
  zh: string
  en: string
}

export type ValidateResult = { ok: true; slots: Slots } | { ok: false; errors: SlotError[] }

const len = (s: string) => [...s].length
// Control characters (other than newline) can't be typed in a form and only make trouble in layout.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/g

function cleanText(v: string): string {
  return v.replace(CONTROL, '').trim()
}

export function validateAgainst(specs: SlotSpec[], input: unknown): ValidateResult {
  const errors: SlotError[] = []
  const out: Slots = {}
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ slot: '*', zh: '海报内容必须是对象', en: 'Slots must be an object' }] }
  }
  const src = input as Record<string, unknown>
  const known = new Set(specs.map((s) => s.key))
  for (const key of Object.keys(src)) {
    if (!known.has(key)) errors.push({ slot: key, zh: `未知的字段“${key}”`, en: `Unknown slot "${key}"` })
  }
  for (const spec of specs) {
    const raw = src[spec.key]
    const label = spec.label
    const empty = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '') || (Array.isArray(raw) && raw.length === 0)
    if (empty) {
      if (spec.required) errors.push({ slot: spec.key, zh: `${label.zh}不能为空`, en: `${label.en} is required` })
      continue
    }
    switch (spec.type) {
      case 'text':
      case 'figure': {
        if (typeof raw !== 'string') {
          errors.push({ slot: spec.key, zh: `${label.zh}必须是文字`, en: `${label.en} must be text` })
          break
        }
        const v = cleanText(raw)
        if (len(v) > spec.maxLength) {
          errors.push({ slot: spec.key, zh: `${label.zh}不能超过${spec.maxLength}个字`, en: `${label.en} must be at most ${spec.maxLength} characters` })
          break
        }
        out[spec.key] = v
        break
      }
      case 'lines': {
        const arr = typeof raw === 'string' ? raw.split('\n') : raw
        if (!Array.isArray(arr) || arr.some((x) => typeof x !== 'string')) {
          errors.push({ slot: spec.key, zh: `${label.zh}必须是文字列表`, en: `${label.en} must be a list of text` })
          break
        }
        const lines = (arr as string[]).map(cleanText).filter(Boolean)
        const max = spec.maxItems ?? 5
        if (lines.length > max) {
          errors.push({ slot: spec.key, zh: `${label.zh}最多${max}条`, en: `${label.en} allows at most ${max} items` })
          break
        }
        const long = lines.findIndex((l) => len(l) > spec.maxLength)
        if (long >= 0) {
          errors.push({
            slot: spec.key,
            zh: `${label.zh}第${long + 1}条不能超过${spec.maxLength}个字`,
            en: `${label.en} item ${long + 1} must be at most ${spec.maxLength} characters`,
          })
          break
        }
        out[spec.key] = lines
        break
      }
      case 'image': {
        try {
          out[spec.key] = checkImageInput(raw, spec.key)
        } catch (e) {
          if (e instanceof PosterInputError) errors.push({ slot: spec.key, zh: `${label.zh}：${e.zh}`, en: `${label.en}: ${e.en}` })
          else throw e
        }
        break
      }
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, slots: out }
}

/** Manager's personal data for one copy of a poster. */
export interface PersonalInfo {
  name: string
  title: string
  phone: string
  branch: string
  /** Photo bytes from our media; absent → the name's first character in a brand-coloured disc. */
  avatar?: Buffer
  /** The manager's tracking link; encoded in the QR (never fetched). */
  qrUrl: string
}

export const PERSONAL_SPECS: SlotSpec[] = [
  { key: 'name', label: { zh: '姓名', en: 'Name' }, type: 'text', required: true, maxLength: 16 },
  { key: 'title', label: { zh: '职务', en: 'Title' }, type: 'text', required: false, maxLength: 16 },
  { key: 'phone', label: { zh: '电话', en: 'Phone' }, type: 'text', required: false, maxLength: 20 },
  { key: 'branch', label: { zh: '网点', en: 'Branch' }, type: 'text', required: false, maxLength: 30 },
  { key: 'avatar', label: { zh: '头像', en: 'Avatar' }, type: 'image', required: false, maxLength: 0 },
  { key: 'qrUrl', label: { zh: '二维码链接', en: 'QR link' }, type: 'text', required: true, maxLength: 500 },
]

export function validatePersonal(input: unknown): PersonalInfo {
  const res = validateAgainst(PERSONAL_SPECS, input)
  const errs = res.ok ? [] : res.errors.map((e) => ({ ...e, slot: `personal.${e.slot}` }))
  if (res.ok) {
    const p = res.slots
    if (typeof p.phone === 'string' && !/^[0-9+\-\s()]*$/.test(p.phone)) {
      errs.push({ slot: 'personal.phone', zh: '电话只能包含数字、空格和 + - ( )', en: 'Phone may contain only digits, spaces and + - ( )' })
    }
    if (typeof p.qrUrl === 'string' && !/^https?:\/\/\S+$/i.test(p.qrUrl)) {
      errs.push({ slot: 'personal.qrUrl', zh: '二维码链接必须是 http(s) 地址', en: 'QR link must be an http(s) URL' })
    }
  }
  if (errs.length) throw new PosterInputError(errs[0].slot, errs[0], errs)
  const p = (res as { slots: Slots }).slots
  return {
    name: p.name as string,
    title: (p.title as string) ?? '',
    phone: (p.phone as string) ?? '',
    branch: (p.branch as string) ?? '',
    avatar: p.avatar as Buffer | undefined,
    qrUrl: p.qrUrl as string,
  }
}
