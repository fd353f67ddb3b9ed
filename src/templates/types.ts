/** Shapes shared by every template definition. */
import type { ReactElement } from 'react'
import type { BrandKit } from './brand'
import type { PersonalInfo, SlotSpec, Slots } from './slots'

export interface SizePreset {
  key: string
  width: number
  height: number
  label: { zh: string; en: string }
}

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

export interface ImageBox {
  width: number
  height: number
  fit: 'cover' | 'contain'
}

export interface StaticProps {
  slots: Slots
  brand: BrandKit
  size: SizePreset
  /** Prepared data URIs, keyed by image slot key. */
  images: Record<string, string | undefined>
  /** Brand logo as a data URI (absent → drawn emblem). */
  logo?: string
  /** Where the personal layer goes (the static layer bakes its shadow there). */
  personalRect: Rect | null
}

export interface PersonalProps {
  personal: PersonalInfo
  brand: BrandKit
  size: SizePreset
  rect: Rect
  avatar?: string
  qr: string
}

export interface TemplateDef {
  key: string
  name: string
  nameEn: string
  description: { zh: string; en: string }
  sizes: SizePreset[]
  slots: SlotSpec[]
  /** Size each image slot is decoded to (so satori and resvg never see a 12-megapixel photo). */
  imageBox: (slot: string, size: SizePreset) => ImageBox
  /** The personal layer's rectangle for a size, or null when the poster carries no personal card. */
  personalRect: (size: SizePreset) => Rect | null
  /** Avatar box edge in px for this template's personal card. */
  avatarPx: (size: SizePreset) => number
  Static: (p: StaticProps) => ReactElement
  Personal: (p: PersonalProps) => ReactElement
}
