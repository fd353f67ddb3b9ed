// Slot values as stored on a poster: text as text, image slots as ids of our own media (never URLs).
// Validated with the engine's own slot schema, so the admin and the renderer agree on every limit.
import { getTemplate } from '../../templates/registry'
import { validateAgainst } from '../../templates/slots'

/** First problem with a poster's slot values, as one bilingual line naming the slot; null when valid. */
export function checkSlotValues(templateKey: string, value: unknown): string | null {
  const template = getTemplate(templateKey)
  if (!template) return `不存在的海报模板“${templateKey}” / Unknown poster template "${templateKey}"`
  if (!value || typeof value !== 'object' || Array.isArray(value)) return '海报内容必须是 JSON 对象 / Slots must be a JSON object'
  const values = value as Record<string, unknown>
  const images = template.slots.filter((s) => s.type === 'image')
  for (const spec of images) {
    const v = values[spec.key]
    if (v === undefined || v === null || v === '') {
      if (spec.required) return `字段「${spec.label.zh}」：不能为空 / ${spec.label.en}: required`
      continue
    }
    if (typeof v === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(v)) {
      return `字段「${spec.label.zh}」：图片只能来自本系统素材库，不支持网络地址（${v.slice(0, 40)}） / ${spec.label.en}: images must come from our media library; URLs are not accepted`
    }
    if (typeof v !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(v)) {
      return `字段「${spec.label.zh}」：请选择素材库中的图片（素材ID） / ${spec.label.en}: choose an image from the media library (media id)`
    }
  }
  const rest = Object.fromEntries(Object.entries(values).filter(([k]) => !images.some((s) => s.key === k)))
  const res = validateAgainst(template.slots.filter((s) => s.type !== 'image'), rest)
  if (res.ok) return null
  const e = res.errors[0]
  const spec = template.slots.find((s) => s.key === e.slot)
  return `字段「${spec?.label.zh ?? e.slot}」：${e.zh} / ${spec?.label.en ?? e.slot}: ${e.en}`
}

/** The text slots of a poster, keyed by path, for the compliance lint. */
export function textSlots(templateKey: string, value: unknown): Record<string, string> {
  const values = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const out: Record<string, string> = {}
  for (const spec of getTemplate(templateKey)?.slots ?? []) {
    const v = values[spec.key]
    if (spec.type === 'image' || v == null) continue
    out[`slots.${spec.key}`] = Array.isArray(v) ? v.join('\n') : String(v)
  }
  return out
}
