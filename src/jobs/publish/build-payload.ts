// Turns a content variant into the adapter's PublishPayload: text, media bytes from our own storage,
// article HTML from the rich text. Media are read from disk (never fetched by URL).
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import type { MediaInput, PublishPayload } from '../../channels'
import { MEDIA_LIMITS } from '../../lib/media-limits'

type Rel = string | { id: string } | null | undefined
type MediaDoc = { id: string; filename?: string; mimeType?: string; url?: string }

export interface ContentDoc {
  id: string
  title?: string
  status?: string
  variants?: {
    moments?: { enabled?: boolean; text?: string; images?: Rel[]; link?: string }
    article?: { enabled?: boolean; title?: string; author?: string; digest?: string; cover?: Rel; coverSquare?: Rel; body?: unknown; sourceUrl?: string }
    video?: { enabled?: boolean; video?: Rel; description?: string; topics?: { tag: string }[]; linkedArticleUrl?: string }
    group?: { enabled?: boolean; text?: string; image?: Rel }
  }
}

const idOf = (r: Rel) => (r && typeof r === 'object' ? String(r.id) : r ? String(r) : null)

export async function mediaDocs(payload: Payload, rels: Rel[]): Promise<MediaDoc[]> {
  const ids = rels.map(idOf).filter((x): x is string => Boolean(x))
  if (!ids.length) return []
  const found = await payload.find({ collection: 'media', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true })
  const byId = new Map((found.docs as unknown as MediaDoc[]).map((d) => [String(d.id), d]))
  return ids.map((id) => byId.get(id)).filter((d): d is MediaDoc => Boolean(d))
}

async function mediaInputs(payload: Payload, rels: Rel[]): Promise<MediaInput[]> {
  const docs = await mediaDocs(payload, rels)
  return Promise.all(
    docs.map(async (d) => ({
      data: await fs.readFile(path.join(MEDIA_LIMITS.staticDir, path.basename(String(d.filename)))),
      filename: d.filename,
      mime: d.mimeType,
      ref: d.url ?? `/api/media/file/${d.filename}`,
    })),
  )
}

async function articleHtml(body: unknown): Promise<string> {
  if (!body || typeof body !== 'object') return ''
  const { convertLexicalToHTML } = await import('@payloadcms/richtext-lexical/html')
  return convertLexicalToHTML({ data: body as never, disableContainer: true })
}

export async function buildPublishPayload(
  payload: Payload,
  p: { id: string; variant: string; massSend?: boolean | null; plannedAt: string },
  content: ContentDoc,
  senders: string[],
): Promise<PublishPayload> {
  const base = { publicationId: String(p.id), dueAt: new Date(p.plannedAt), senders }
  const v = content.variants ?? {}
  switch (p.variant) {
    case 'article': {
      const a = v.article ?? {}
      return {
        ...base,
        title: a.title || content.title,
        author: a.author || undefined,
        digest: a.digest || undefined,
        html: await articleHtml(a.body),
        sourceUrl: a.sourceUrl || undefined,
        covers: await mediaInputs(payload, [a.cover, a.coverSquare]),
        massSend: Boolean(p.massSend),
      }
    }
    case 'group': {
      const g = v.group ?? {}
      return { ...base, title: content.title, text: g.text || undefined, images: await mediaInputs(payload, [g.image]) }
    }
    case 'moments': {
      const m = v.moments ?? {}
      return {
        ...base,
        title: content.title,
        text: m.text || undefined,
        images: await mediaInputs(payload, m.images ?? []),
        links: m.link ? [{ title: content.title ?? m.link, url: m.link }] : undefined,
      }
    }
    default: {
      const vid = v.video ?? {}
      const [video] = await mediaInputs(payload, [vid.video])
      return {
        ...base,
        title: content.title,
        text: vid.description || undefined,
        topics: (vid.topics ?? []).map((t) => t.tag),
        video,
        links: vid.linkedArticleUrl ? [{ title: content.title ?? '', url: vid.linkedArticleUrl }] : undefined,
      }
    }
  }
}
