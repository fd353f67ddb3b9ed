/**
 * Checks a payload against a channel's declared limits before anything is sent, so editors see a
 * bilingual reason at once instead of a platform errcode at publish time.
 */
import { BadRequestError } from './errors'
import { charCount, sniffImage, utf8Bytes } from './media'
import type { ChannelLimits, PublishPayload } from './types'

export interface LimitIssue {
  field: string
  zh: string
  en: string
}

export function checkPayload(limits: ChannelLimits, p: PublishPayload): LimitIssue[] {
  const issues: LimitIssue[] = []
  const tooLong = (field: string, zhName: string, enName: string, value: string | undefined, max: number | undefined, unit: 'chars' | 'bytes') => {
    if (!value || max === undefined) return
    const n = unit === 'chars' ? charCount(value) : utf8Bytes(value)
    if (n > max) {
      const u = unit === 'chars' ? { zh: '字', en: 'characters' } : { zh: '字节', en: 'bytes' }
      issues.push({ field, zh: `${zhName}超过 ${max} ${u.zh}（当前 ${n}）`, en: `${enName} exceeds ${max} ${u.en} (now ${n})` })
    }
  }
  tooLong('title', '标题', 'Title', p.title, limits.titleMaxChars, 'chars')
  tooLong('digest', '摘要', 'Digest', p.digest, limits.digestMaxChars, 'chars')
  tooLong('author', '作者', 'Author', p.author, limits.authorMaxChars, 'chars')
  tooLong('text', '正文', 'Text', p.text, limits.textMaxChars, 'chars')
  tooLong('text', '正文', 'Text', p.text, limits.textMaxBytes, 'bytes')
  tooLong('markdown', 'Markdown 内容', 'Markdown', p.markdown, limits.markdownMaxBytes, 'bytes')
  tooLong('html', '图文正文', 'Article body', p.html, limits.bodyHtmlMaxChars, 'chars')

  const images = p.images ?? []
  if (images.length > limits.maxImages) {
    issues.push({ field: 'images', zh: `图片最多 ${limits.maxImages} 张（当前 ${images.length}）`, en: `At most ${limits.maxImages} images (now ${images.length})` })
  }
  for (const [i, m] of [...images, ...(p.covers ?? [])].entries()) {
    const fmt = sniffImage(m.data)
    if (!fmt || !limits.imageFormats.includes(fmt)) {
      issues.push({ field: `images[${i}]`, zh: `图片格式不支持，仅支持 ${limits.imageFormats.join('/').toUpperCase()}`, en: `Unsupported image format: ${limits.imageFormats.join('/').toUpperCase()} only` })
    } else if (limits.imageMaxBytes !== undefined && m.data.length > limits.imageMaxBytes) {
      issues.push({ field: `images[${i}]`, zh: `图片超过 ${Math.round(limits.imageMaxBytes / 1024)} KB`, en: `Image larger than ${Math.round(limits.imageMaxBytes / 1024)} KB` })
    }
  }
  if (p.video && limits.maxVideos < 1) issues.push({ field: 'video', zh: '该渠道不支持视频', en: 'This channel takes no video' })
  const links = p.links ?? []
  if (links.length > limits.maxLinks) {
    issues.push({ field: 'links', zh: `链接最多 ${limits.maxLinks} 个`, en: `At most ${limits.maxLinks} links` })
  }
  if (limits.attachmentsExclusive) {
    const kinds = [images.length > 0, !!p.video, links.length > 0].filter(Boolean).length
    if (kinds > 1) issues.push({ field: 'attachments', zh: '图片、视频、链接只能三选一', en: 'Images, a video or a link: pick one' })
  }
  return issues
}

/** Throws a BadRequestError listing every issue (permanent: the content must change). */
export function assertPayload(limits: ChannelLimits, p: PublishPayload, step = 'validate'): void {
  const issues = checkPayload(limits, p)
  if (issues.length) {
    throw new BadRequestError({ zh: issues.map((i) => i.zh).join('；'), en: issues.map((i) => i.en).join('; '), step })
  }
}
