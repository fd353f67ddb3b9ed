/** All poster templates by key, and the public description the admin builds its forms from. */
import { activity } from './activity'
import { channelsCover } from './channels-cover'
import { empathy } from './empathy'
import { hotTopic } from './hot-topic'
import { officialCover } from './official-cover'
import { product } from './product'
import { spokesperson } from './spokesperson'
import type { SlotSpec } from './slots'
import type { SizePreset, TemplateDef } from './types'

export const TEMPLATES: TemplateDef[] = [hotTopic, empathy, product, officialCover, channelsCover, activity, spokesperson]

const byKey = new Map(TEMPLATES.map((t) => [t.key, t]))

export function getTemplate(key: string): TemplateDef | undefined {
  return byKey.get(key)
}

export interface TemplateInfo {
  key: string
  name: string
  nameEn: string
  description: { zh: string; en: string }
  sizes: { key: string; width: number; height: number; label: { zh: string; en: string } }[]
  slots: Omit<SlotSpec, never>[]
  /** Whether each manager's copy carries a personal card (name, phone, QR). */
  personalised: boolean
}

export function listTemplates(): TemplateInfo[] {
  return TEMPLATES.map((t) => ({
    key: t.key,
    name: t.name,
    nameEn: t.nameEn,
    description: t.description,
    sizes: t.sizes.map((s: SizePreset) => ({ key: s.key, width: s.width, height: s.height, label: s.label })),
    slots: t.slots.map((s) => ({ ...s })),
    personalised: t.sizes.some((s) => t.personalRect(s) !== null),
  }))
}
