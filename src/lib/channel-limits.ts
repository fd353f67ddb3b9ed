// Per-channel limits of a content variant, as data, and the validator the editor UI and the save hook call.
//
// How characters are counted (the way WeChat counts them): every Unicode character — a Chinese character,
// a letter, a digit, a punctuation mark or an emoji — counts as ONE. JavaScript's String.length counts
// UTF-16 units (an emoji would count 2), so we count code points instead, after turning CRLF into LF.
// Where a platform limits BYTES (WeCom add_msg_template text, WeChat article body size, content_source_url),
// we count UTF-8 bytes: a Chinese character is 3 bytes, so 4,000 bytes hold about 1,333 Chinese characters.
//
// Sources (checked November 2026):
//  - 公众号 draft/add (developers.weixin.qq.com, api_draft_add): content "必须少于2万字符，小于1M" (the whole
//    HTML string counts, tags included); content_source_url "大小不可超过1 kb"; covers pic_crop_235_1 / pic_crop_1_1.
//    The same page gives title ≤ 32 字, author ≤ 16 字, digest ≤ 128 字, while the mp editor and the API's
//    45003 error enforce a 64-character title and the editor a 120-character digest. We apply title ≤ 64
//    (what the API actually rejects), author ≤ 16 (the documented API limit; the task brief's 8 was not
//    confirmed by any source) and digest ≤ 120 (the stricter of 120/128), matching src/channels/official-account.ts.
//  - 企业微信 add_msg_template (客户群群发): text.content "最多4000个字节", at most 9 attachments, text and
//    attachments cannot both be empty.
//  - 企业微信 add_moment_task / 朋友圈: text ≤ 2,000 characters; 1–9 images, or 1 video, or 1 link.
//  - 视频号: description ≤ 1,000 characters (the #topics are part of the description).

export const VARIANT_CHANNELS = ['moments', 'article', 'video', 'group'] as const
export type VariantChannel = (typeof VARIANT_CHANNELS)[number]

export type LimitError = { field: string; zh: string; en: string }

export type MediaRef = { id?: string; mimeType?: string; width?: number; height?: number; bytes?: number }
/** Normalised crop box, WeChat's pic_crop_* convention: (x1,y1) top-left and (x2,y2) bottom-right in 0..1. */
export type CropBox = { x1: number; y1: number; x2: number; y2: number }

export type MomentsVariant = { text?: string | null; images?: MediaRef[] | null; video?: MediaRef | null; link?: { url: string; title?: string } | null }
export type ArticleVariant = {
  title?: string | null
  author?: string | null
  digest?: string | null
  /** HTML body as sent to draft/add. */
  body?: string | null
  contentSourceUrl?: string | null
  cover?: MediaRef | null
  /** 2.35:1 crop of the cover; when absent the cover itself must be 2.35:1. */
  coverCrop235?: CropBox | null
  /** 1:1 crop of the cover; when absent WeChat crops the centre, so it is optional. */
  coverCrop11?: CropBox | null
}
export type VideoVariant = { description?: string | null; topics?: string[] | null; video?: MediaRef | null }
export type GroupVariant = { text?: string | null; image?: MediaRef | null; posterId?: string | null; activityId?: string | null; attachments?: number | null }

export type VariantByChannel = { moments: MomentsVariant; article: ArticleVariant; video: VideoVariant; group: GroupVariant }

export const CHANNEL_LIMITS = {
  moments: { textMaxChars: 2000, imagesMin: 1, imagesMax: 9, videosMax: 1, linksMax: 1 },
  article: {
    titleMaxChars: 64,
    authorMaxChars: 16,
    digestMaxChars: 120,
    bodyMaxChars: 20_000, // "必须少于2万字符": strictly fewer
    bodyMaxBytes: 1024 * 1024, // "小于1M": strictly fewer
    contentSourceUrlMaxBytes: 1024,
    coverRatio: 2.35,
    coverSquareRatio: 1,
    coverRecommended: { width: 900, height: 383 },
    ratioTolerance: 0.03,
  },
  video: { descriptionMaxChars: 1000, topicMaxChars: 32, topicsMax: 10 },
  group: { textMaxBytes: 4000, attachmentsMax: 9 },
} as const

/** Characters as WeChat counts them: code points, with CRLF counted as one line break. */
export function wechatCharCount(text: string): number {
  let n = 0
  for (const _ of text.replace(/\r\n/g, '\n')) n++
  return n
}

export function utf8ByteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

const isBlank = (s: string | null | undefined) => !s || s.trim().length === 0

function tooLong(field: string, zhName: string, enName: string, max: number, now: number, unit: 'chars' | 'bytes'): LimitError {
  return unit === 'chars'
    ? { field, zh: `${zhName}不能超过${max}个字（当前${now}个）`, en: `${enName} must be at most ${max} characters (now ${now})` }
    : { field, zh: `${zhName}不能超过${max}字节（当前${now}字节）`, en: `${enName} must be at most ${max} bytes (now ${now})` }
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s)
    return u.protocol === 'https:' || u.protocol === 'http:'
  } catch {
    return false
  }
}

function validateMoments(v: MomentsVariant): LimitError[] {
  const L = CHANNEL_LIMITS.moments
  const errors: LimitError[] = []
  const text = v.text ?? ''
  const n = wechatCharCount(text)
  if (n > L.textMaxChars) errors.push(tooLong('text', '朋友圈文案', 'Moments text', L.textMaxChars, n, 'chars'))
  const images = v.images ?? []
  const kinds = [images.length > 0, !!v.video, !!v.link].filter(Boolean).length
  if (kinds > 1) {
    errors.push({ field: 'attachments', zh: '朋友圈只能选择图片、视频或链接中的一种', en: 'Moments take images, one video or one link — only one of them' })
  }
  if (images.length > L.imagesMax) {
    errors.push({ field: 'images', zh: `朋友圈最多${L.imagesMax}张图片（当前${images.length}张）`, en: `Moments take at most ${L.imagesMax} images (now ${images.length})` })
  }
  if (v.link && !isHttpUrl(v.link.url)) errors.push({ field: 'link', zh: '链接必须是 http(s) 网址', en: 'The link must be an http(s) URL' })
  if (kinds === 0 && isBlank(text)) {
    errors.push({ field: 'text', zh: '朋友圈文案和图片/视频/链接不能同时为空', en: 'Moments need text or an image, video or link' })
  }
  return errors
}

function ratioOf(box: CropBox, cover: MediaRef): number | null {
  if (!cover.width || !cover.height) return null
  return ((box.x2 - box.x1) * cover.width) / ((box.y2 - box.y1) * cover.height)
}

function validateCrop(field: string, zhName: string, enName: string, box: CropBox, cover: MediaRef, ratio: number): LimitError[] {
  const inRange = [box.x1, box.y1, box.x2, box.y2].every((x) => Number.isFinite(x) && x >= 0 && x <= 1)
  if (!inRange || box.x2 <= box.x1 || box.y2 <= box.y1) {
    return [{ field, zh: `${zhName}裁剪坐标无效（需在0–1之间且右下角大于左上角）`, en: `${enName} crop is invalid (0–1, bottom-right after top-left)` }]
  }
  const r = ratioOf(box, cover)
  if (r !== null && Math.abs(r / ratio - 1) > CHANNEL_LIMITS.article.ratioTolerance) {
    return [{ field, zh: `${zhName}裁剪比例应为${ratio === 1 ? '1:1' : '2.35:1'}（当前约${r.toFixed(2)}:1）`, en: `${enName} crop must be ${ratio === 1 ? '1:1' : '2.35:1'} (now about ${r.toFixed(2)}:1)` }]
  }
  return []
}

function validateArticle(v: ArticleVariant): LimitError[] {
  const L = CHANNEL_LIMITS.article
  const errors: LimitError[] = []
  const title = v.title ?? ''
  if (isBlank(title)) errors.push({ field: 'title', zh: '标题不能为空', en: 'Title is required' })
  else if (wechatCharCount(title) > L.titleMaxChars) errors.push(tooLong('title', '标题', 'Title', L.titleMaxChars, wechatCharCount(title), 'chars'))
  const author = v.author ?? ''
  if (wechatCharCount(author) > L.authorMaxChars) errors.push(tooLong('author', '作者', 'Author', L.authorMaxChars, wechatCharCount(author), 'chars'))
  const digest = v.digest ?? ''
  if (wechatCharCount(digest) > L.digestMaxChars) errors.push(tooLong('digest', '摘要', 'Digest', L.digestMaxChars, wechatCharCount(digest), 'chars'))
  const body = v.body ?? ''
  if (isBlank(body)) errors.push({ field: 'body', zh: '正文不能为空', en: 'Body is required' })
  else {
    const chars = wechatCharCount(body)
    if (chars >= L.bodyMaxChars) {
      errors.push({ field: 'body', zh: `正文（含HTML标签）必须少于2万字符（当前${chars}）`, en: `Body (HTML tags included) must be fewer than 20,000 characters (now ${chars})` })
    }
    const bytes = utf8ByteLength(body)
    if (bytes >= L.bodyMaxBytes) errors.push({ field: 'body', zh: `正文必须小于1MB（当前${bytes}字节）`, en: `Body must be smaller than 1 MB (now ${bytes} bytes)` })
  }
  const url = v.contentSourceUrl ?? ''
  if (!isBlank(url)) {
    if (!isHttpUrl(url)) errors.push({ field: 'contentSourceUrl', zh: '原文链接必须是 http(s) 网址', en: 'The “read more” link must be an http(s) URL' })
    else if (utf8ByteLength(url) > L.contentSourceUrlMaxBytes) {
      errors.push(tooLong('contentSourceUrl', '原文链接', 'The “read more” link', L.contentSourceUrlMaxBytes, utf8ByteLength(url), 'bytes'))
    }
  }
  const cover = v.cover
  if (!cover) {
    errors.push({ field: 'cover', zh: '请上传封面图（2.35:1，建议900×383）', en: 'A cover image is required (2.35:1, 900×383 recommended)' })
  } else {
    if (v.coverCrop235) errors.push(...validateCrop('coverCrop235', '封面大图', 'Cover', v.coverCrop235, cover, L.coverRatio))
    else if (cover.width && cover.height && Math.abs(cover.width / cover.height / L.coverRatio - 1) > L.ratioTolerance) {
      errors.push({ field: 'coverCrop235', zh: `封面不是2.35:1，请设置2.35:1裁剪（当前${cover.width}×${cover.height}）`, en: `The cover is not 2.35:1; set a 2.35:1 crop (now ${cover.width}×${cover.height})` })
    }
    if (v.coverCrop11) errors.push(...validateCrop('coverCrop11', '封面小图', 'Square cover', v.coverCrop11, cover, L.coverSquareRatio))
  }
  return errors
}

/** The description as published: text followed by the #topics. */
export function videoDescriptionWithTopics(v: VideoVariant): string {
  const topics = (v.topics ?? []).map((t) => `#${t.replace(/^#/, '')}`)
  return [v.description ?? '', topics.join(' ')].filter((s) => s.length > 0).join(' ')
}

function validateVideo(v: VideoVariant): LimitError[] {
  const L = CHANNEL_LIMITS.video
  const errors: LimitError[] = []
  const topics = v.topics ?? []
  if (topics.length > L.topicsMax) {
    errors.push({ field: 'topics', zh: `话题最多${L.topicsMax}个`, en: `At most ${L.topicsMax} topics` })
  }
  topics.forEach((t, i) => {
    const bare = t.replace(/^#/, '')
    if (bare.length === 0 || /[\s#]/.test(bare)) {
      errors.push({ field: `topics[${i}]`, zh: '话题不能为空，且不能包含空格或#', en: 'A topic must be non-empty without spaces or #' })
    } else if (wechatCharCount(bare) > L.topicMaxChars) {
      errors.push(tooLong(`topics[${i}]`, '话题', 'Topic', L.topicMaxChars, wechatCharCount(bare), 'chars'))
    }
  })
  const n = wechatCharCount(videoDescriptionWithTopics(v))
  if (n > L.descriptionMaxChars) errors.push(tooLong('description', '视频描述（含话题）', 'Description (with topics)', L.descriptionMaxChars, n, 'chars'))
  if (!v.video) errors.push({ field: 'video', zh: '请上传视频文件', en: 'A video file is required' })
  else if (v.video.mimeType && !v.video.mimeType.startsWith('video/')) {
    errors.push({ field: 'video', zh: '视频文件格式无效', en: 'The video file is not a video' })
  }
  return errors
}

function validateGroup(v: GroupVariant): LimitError[] {
  const L = CHANNEL_LIMITS.group
  const errors: LimitError[] = []
  const text = v.text ?? ''
  const bytes = utf8ByteLength(text.replace(/\r\n/g, '\n'))
  if (bytes > L.textMaxBytes) {
    errors.push({
      field: 'text',
      zh: `社群消息不能超过${L.textMaxBytes}字节（约${Math.floor(L.textMaxBytes / 3)}个汉字，当前${bytes}字节）`,
      en: `Group message must be at most ${L.textMaxBytes} bytes (about ${Math.floor(L.textMaxBytes / 3)} Chinese characters; now ${bytes})`,
    })
  }
  const attachments = (v.attachments ?? 0) + (v.image ? 1 : 0) + (v.posterId ? 1 : 0)
  if (attachments > L.attachmentsMax) {
    errors.push({ field: 'attachments', zh: `附件最多${L.attachmentsMax}个（当前${attachments}个）`, en: `At most ${L.attachmentsMax} attachments (now ${attachments})` })
  }
  if (isBlank(text) && attachments === 0) {
    errors.push({ field: 'text', zh: '消息文本和附件不能同时为空', en: 'A group message needs text or an attachment' })
  }
  return errors
}

/** All limit violations of a variant for its channel; [] when it can be published. */
export function validateVariant<C extends VariantChannel>(channel: C, variant: VariantByChannel[C]): LimitError[] {
  switch (channel) {
    case 'moments':
      return validateMoments(variant as MomentsVariant)
    case 'article':
      return validateArticle(variant as ArticleVariant)
    case 'video':
      return validateVideo(variant as VideoVariant)
    case 'group':
      return validateGroup(variant as GroupVariant)
    default:
      return [{ field: 'channel', zh: '未知渠道', en: 'Unknown channel' }]
  }
}
