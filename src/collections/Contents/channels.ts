// Channel limits of the variants (src/lib/channel-limits.ts): length limits show inline on save; completeness
// (a cover, a video, a body…) is checked when the content is submitted for review.
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { Payload, Validate } from 'payload'

import { CHANNEL_LIMITS, validateVariant, type LimitError, type MediaRef, type VariantByChannel, type VariantChannel } from '../../lib/channel-limits'

type Sibling = Record<string, unknown>
const idOf = (v: unknown): string | null => (v && typeof v === 'object' && 'id' in v ? String((v as { id: unknown }).id) : v ? String(v) : null)
const message = (errors: LimitError[]) => errors.map((e) => `${e.zh} / ${e.en}`).join('；')

/**
 * A field validator that applies the channel's limit for this one field while the variant is enabled.
 * Blank values pass here (a draft may be unfinished); submission checks completeness.
 */
export function channelLimit<C extends VariantChannel>(channel: C, field: string, build: (value: unknown, sibling: Sibling) => VariantByChannel[C]): Validate {
  return (value, { siblingData }) => {
    const sibling = (siblingData ?? {}) as Sibling
    if (!sibling.enabled || value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return true
    const errors = validateVariant(channel, build(value, sibling)).filter((e) => e.field === field || e.field.startsWith(`${field}[`))
    return errors.length ? message(errors) : true
  }
}

export const topicsOf = (rows: unknown): string[] => (Array.isArray(rows) ? rows.map((r) => String((r as { tag?: unknown })?.tag ?? '')).filter(Boolean) : [])

async function mediaRefs(payload: Payload, ids: (string | null)[]): Promise<Map<string, MediaRef>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))]
  if (wanted.length === 0) return new Map()
  const { docs } = await payload.find({ collection: 'media', where: { id: { in: wanted } }, limit: wanted.length, depth: 0, overrideAccess: true, pagination: false })
  return new Map(
    (docs as { id: string; mimeType?: string | null; width?: number | null; height?: number | null; filesize?: number | null }[]).map((m) => [
      String(m.id),
      { id: String(m.id), mimeType: m.mimeType ?? undefined, width: m.width ?? undefined, height: m.height ?? undefined, bytes: m.filesize ?? undefined },
    ]),
  )
}

export type VariantProblem = LimitError & { channel: VariantChannel }

/** Every reason the enabled variants cannot be published as they are; [] when they all can. */
export async function variantProblems(payload: Payload, doc: { variants?: Record<string, Sibling | null | undefined> | null }): Promise<VariantProblem[]> {
  const v = doc.variants ?? {}
  const moments = v.moments ?? {}
  const article = v.article ?? {}
  const video = v.video ?? {}
  const group = v.group ?? {}
  const images = Array.isArray(moments.images) ? moments.images.map(idOf) : []
  const media = await mediaRefs(payload, [...images, idOf(article.cover), idOf(article.coverSquare), idOf(video.video), idOf(group.image)])
  const ref = (raw: unknown) => {
    const id = idOf(raw)
    return id ? (media.get(id) ?? { id }) : null
  }
  const problems: VariantProblem[] = []
  const add = (channel: VariantChannel, errors: LimitError[]) => problems.push(...errors.map((e) => ({ ...e, channel })))
  if (moments.enabled) {
    add('moments', validateVariant('moments', {
      text: moments.text as string,
      images: images.map((i) => ref(i)!).filter(Boolean),
      link: moments.link ? { url: String(moments.link) } : null,
    }))
  }
  if (article.enabled) {
    const body = article.body && typeof article.body === 'object' ? convertLexicalToHTML({ data: article.body as never }) : ''
    add('article', validateVariant('article', {
      title: article.title as string, author: article.author as string, digest: article.digest as string,
      body: body.replace(/<p><\/p>/g, '').trim(), contentSourceUrl: article.sourceUrl as string, cover: ref(article.cover),
    }))
    const square = ref(article.coverSquare)
    if (!square) add('article', [{ field: 'coverSquare', zh: '请上传1:1封面小图', en: 'A 1:1 square cover is required' }])
    else if (square.width && square.height && Math.abs(square.width / square.height - 1) > CHANNEL_LIMITS.article.ratioTolerance) {
      add('article', [{ field: 'coverSquare', zh: `封面小图应为1:1（当前${square.width}×${square.height}）`, en: `The square cover must be 1:1 (now ${square.width}×${square.height})` }])
    }
  }
  if (video.enabled) {
    add('video', validateVariant('video', { description: video.description as string, topics: topicsOf(video.topics), video: ref(video.video) }))
  }
  if (group.enabled) add('group', validateVariant('group', { text: group.text as string, image: ref(group.image) }))
  return problems
}

