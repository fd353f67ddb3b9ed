// Worker side: turns database documents into the poster engine's input. Images are read as bytes from our
// own media storage — never fetched from a URL — with the byte limit checked before the file is read.
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { MEDIA_LIMITS } from '../../lib/media-limits'
import { ensureTrackingLink } from '../../lib/tracking/links'
// from the engine's parts, not its index: the web process loads this file (the workbench's poster input), and
// the index would bring satori, resvg and the renderer into it
import { resolveBrand, type BrandKit } from '../../templates/brand'
import { PosterInputError } from '../../templates/errors'
import { IMAGE_LIMITS } from '../../templates/images'
import type { PersonalInput, RenderInput } from '../../templates/render'
import { getTemplate } from '../../templates/registry'

type Rel = string | { id: string } | null | undefined
export const idOf = (v: Rel): string | null => (v == null ? null : typeof v === 'string' ? v : String(v.id))

/** The bytes of a media document, by id. */
export async function mediaBytes(payload: Payload, id: string, slot: string): Promise<Buffer> {
  const doc = await payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!doc?.filename) throw new PosterInputError(slot, { zh: '引用的素材不存在或已删除', en: 'The referenced media item does not exist' })
  const file = path.join(MEDIA_LIMITS.staticDir, path.basename(String(doc.filename)))
  const { size } = await stat(file).catch(() => ({ size: -1 }))
  if (size < 0) throw new PosterInputError(slot, { zh: '素材文件缺失', en: 'The media file is missing' })
  if (size > IMAGE_LIMITS.maxBytes) throw new PosterInputError(slot, { zh: '图片文件过大（上限10MB）', en: 'Image file is too large (limit 10 MB)' })
  return readFile(file)
}

export interface BrandDoc {
  name?: string | null
  nameEn?: string | null
  slogan?: string | null
  logo?: Rel
  colors?: Partial<BrandKit['colors']> | null
  disclaimer?: string | null
  hotline?: string | null
  homepageUrl?: string | null
  updatedAt?: string | null
}

export async function loadBrand(payload: Payload): Promise<BrandKit> {
  const doc = (await payload.findGlobal({ slug: 'brand', depth: 0, overrideAccess: true })) as BrandDoc
  const logo = idOf(doc.logo)
  return resolveBrand({
    name: doc.name ?? undefined,
    nameEn: doc.nameEn ?? undefined,
    slogan: doc.slogan ?? undefined,
    colors: (doc.colors ?? undefined) as BrandKit['colors'] | undefined,
    disclaimer: doc.disclaimer ?? undefined,
    hotline: doc.hotline ?? undefined,
    homepageUrl: doc.homepageUrl ?? undefined,
    logo: logo ? await mediaBytes(payload, logo, 'brand.logo') : undefined,
  })
}

/** Slot values as stored (image slots hold media ids) → engine slots (image slots hold bytes). */
export async function slotsWithImages(payload: Payload, templateKey: string, stored: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out = { ...stored }
  for (const spec of getTemplate(templateKey)?.slots ?? []) {
    const v = out[spec.key]
    if (spec.type === 'image' && typeof v === 'string' && v) out[spec.key] = await mediaBytes(payload, v, spec.key)
  }
  return out
}

export interface PosterDoc {
  id: string
  title: string
  template: Rel
  size?: string | null
  slots?: Record<string, unknown> | null
  campaign?: Rel
  content?: Rel
  personalised?: boolean | null
  status?: string | null
  branch?: Rel
  updatedAt?: string
}

export async function posterInput(payload: Payload, poster: PosterDoc, ext: 'jpg' | 'png'): Promise<RenderInput> {
  const template = await payload.findByID({ collection: 'poster-templates', id: idOf(poster.template)!, depth: 0, overrideAccess: true })
  const key = String(template.key)
  return {
    templateKey: key,
    size: poster.size || undefined,
    slots: await slotsWithImages(payload, key, poster.slots ?? {}),
    brand: await loadBrand(payload),
    format: ext === 'png' ? 'png' : 'jpeg',
  }
}

/** A manager's card: name, title, phone, branch, avatar, and the QR of their own tracking link for this poster. */
export async function personalInput(payload: Payload, poster: PosterDoc, managerId: string): Promise<PersonalInput> {
  const user = await payload.findByID({ collection: 'users', id: managerId, depth: 0, overrideAccess: true })
  const branchId = idOf(user.branch as Rel)
  const branch = branchId ? await payload.findByID({ collection: 'branches', id: branchId, depth: 0, overrideAccess: true, disableErrors: true }) : null
  const avatarId = idOf(user.avatar as Rel)
  const link = await ensureTrackingLink(payload, {
    poster: String(poster.id),
    campaign: idOf(poster.campaign),
    content: idOf(poster.content),
    manager: managerId,
    channel: 'poster',
  })
  return {
    name: String(user.displayName ?? '').slice(0, 16) || '客户经理',
    title: String(user.title ?? '').slice(0, 16),
    // stored as 11 digits; printed as 3-4-4 for reading
    phone: String(user.phone ?? '').replace(/^(\d{3})(\d{4})(\d{4})$/, '$1 $2 $3'),
    branch: String(branch?.name ?? '').slice(0, 30),
    avatar: avatarId ? await mediaBytes(payload, avatarId, 'personal.avatar').catch(() => undefined) : undefined,
    qrUrl: link.url,
  }
}
