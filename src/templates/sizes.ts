/** Size presets used by the templates (channel facts: 朋友圈 9:16, 公众号 2.35:1 + 1:1, 视频号 3:4). */
import type { Rect, SizePreset } from './types'

export const SIZE_9x16: SizePreset = { key: '9x16', width: 1080, height: 1920, label: { zh: '朋友圈竖版 9:16', en: 'Moments 9:16' } }
export const SIZE_1x1: SizePreset = { key: '1x1', width: 1080, height: 1080, label: { zh: '方图 1:1', en: 'Square 1:1' } }
export const SIZE_3x4: SizePreset = { key: '3x4', width: 1080, height: 1440, label: { zh: '视频号封面 3:4', en: 'Channels cover 3:4' } }
export const SIZE_COVER: SizePreset = { key: 'cover', width: 900, height: 383, label: { zh: '公众号封面 2.35:1', en: 'Official Account cover 2.35:1' } }
export const SIZE_COVER_SQUARE: SizePreset = { key: 'square', width: 500, height: 500, label: { zh: '公众号次图 1:1', en: 'Official Account thumbnail 1:1' } }

/** The standard manager card at the bottom of a 9:16 poster (integer pixels so layers line up exactly). */
export function cardRect9x16(size: SizePreset): Rect {
  const s = size.width / 1080
  const w = Math.round(size.width - 100 * s)
  const h = Math.round(420 * s)
  return { x: Math.round(50 * s), y: Math.round(size.height - h - 80 * s), w, h }
}
