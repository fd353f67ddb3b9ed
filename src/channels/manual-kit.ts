/**
 * Manual channels (视频号, a manager's own 朋友圈) have no publishing API. "Publishing" builds a ready
 * kit — copy text with #topics, the images or video to download, the linked article — and the
 * scheduler reminds the owner and waits for their "done". Nothing is sent over the network.
 *
 * platformId: `manual:<kind>:<publicationId>`; the "done" confirmation lives in our database.
 */
import { BadRequestError } from './errors'
import type { ChannelAdapter, ChannelKind, ChannelLimits, ManualKit, MediaInput, PublishPayload } from './types'
import { assertPayload } from './validate'

function describe(m: MediaInput) {
  return { ref: m.ref, filename: m.filename, mime: m.mime, bytes: m.data.length }
}

/** Formats topics the way both apps render them: "#话题" (no closing #), de-duplicated. */
export function formatTopics(topics: string[] = []): string[] {
  const seen = new Set<string>()
  for (const t of topics) {
    const clean = t.trim().replace(/^#+|#+$/g, '').trim()
    if (clean) seen.add(`#${clean}`)
  }
  return [...seen]
}

function fmtShanghai(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}

export function buildManualKit(kind: ChannelKind, label: { zh: string; en: string }, steps: ManualKit['steps'], p: PublishPayload): ManualKit {
  const topics = formatTopics(p.topics)
  const body = p.text ?? p.digest ?? ''
  const copyText = [body, topics.join(' ')].filter(Boolean).join('\n\n')
  const link = p.links?.[0]
  const due = p.dueAt ? fmtShanghai(p.dueAt) : undefined
  return {
    channel: kind,
    title: p.title,
    copyText,
    topics,
    images: (p.images ?? []).map(describe),
    video: p.video ? describe(p.video) : undefined,
    link: link ? { title: link.title, url: link.url } : undefined,
    steps,
    reminder: {
      zh: `请${due ? `于 ${due}（北京时间）` : '尽快'}在${label.zh}发布「${p.title ?? body.slice(0, 20)}」，完成后点击“已完成”。`,
      en: `Please post "${p.title ?? body.slice(0, 40)}" on ${label.en}${due ? ` at ${due} (Beijing time)` : ' soon'}, then tap "Done".`,
    },
    dueAt: p.dueAt?.toISOString(),
  }
}

export function createManualAdapter(kind: ChannelKind, label: { zh: string; en: string }, limits: ChannelLimits, steps: ManualKit['steps'], needs: (p: PublishPayload) => string | null): ChannelAdapter {
  return {
    kind,
    mode: 'manual',
    limits,
    label,
    async publish(_ctx, payload) {
      // Validate against the data in `limits` even for manual posts: the owner pastes what we give them.
      const copy = { ...payload, text: buildManualKit(kind, label, steps, payload).copyText }
      assertPayload(limits, copy)
      const missing = needs(payload)
      if (missing) throw new BadRequestError({ zh: missing.split('|')[0]!, en: missing.split('|')[1]!, step: 'validate' })
      return { platformId: `manual:${kind}:${payload.publicationId}`, status: 'manual_pending', kit: buildManualKit(kind, label, steps, payload) }
    },
    async checkStatus() {
      return { status: 'manual_pending', final: false, reason: { zh: '等待负责人确认已发布', en: 'Waiting for the owner to confirm it is posted' } }
    },
    async fetchMetrics() {
      // No API: numbers for manual channels come from our tracking links or are typed in by people.
      return { reads: 0, likes: 0, shares: 0, comments: 0 }
    },
    async testConnection() {
      return { ok: true, message: { zh: '手动渠道，无需连接', en: 'Manual channel: nothing to connect' } }
    },
  }
}
