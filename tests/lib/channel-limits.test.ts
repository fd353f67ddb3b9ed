import { describe, expect, it } from 'vitest'
import { CHANNEL_LIMITS, utf8ByteLength, validateVariant, videoDescriptionWithTopics, wechatCharCount } from '../../src/lib/channel-limits.js'

const fields = (errors: { field: string }[]) => errors.map((e) => e.field)
const img = { mimeType: 'image/jpeg', width: 1080, height: 1920 }
const cover = { mimeType: 'image/jpeg', width: 900, height: 383 }

describe('counting', () => {
  it('counts characters the way WeChat does: one per character, emoji included', () => {
    expect(wechatCharCount('中秋快乐')).toBe(4)
    expect(wechatCharCount('Hi🎉')).toBe(3)
    expect('Hi🎉'.length).toBe(4)
    expect(wechatCharCount('a\r\nb')).toBe(3)
    expect(utf8ByteLength('中a')).toBe(4)
  })
})

describe('moments', () => {
  it('accepts text with 1–9 images', () => {
    expect(validateVariant('moments', { text: '中秋快乐', images: [img] })).toEqual([])
    expect(validateVariant('moments', { text: 'x', images: Array(9).fill(img) })).toEqual([])
  })
  it('limits text to 2,000 characters counted per character', () => {
    expect(validateVariant('moments', { text: '🎉'.repeat(2000) })).toEqual([])
    const errors = validateVariant('moments', { text: '字'.repeat(2001) })
    expect(errors).toEqual([{ field: 'text', zh: '朋友圈文案不能超过2000个字（当前2001个）', en: 'Moments text must be at most 2000 characters (now 2001)' }])
  })
  it('allows only one attachment kind and at most 9 images', () => {
    expect(fields(validateVariant('moments', { text: 'x', images: Array(10).fill(img) }))).toEqual(['images'])
    expect(fields(validateVariant('moments', { text: 'x', images: [img], video: { mimeType: 'video/mp4' } }))).toEqual(['attachments'])
    expect(fields(validateVariant('moments', { text: 'x', video: { mimeType: 'video/mp4' }, link: { url: 'https://bank.example/a' } }))).toEqual(['attachments'])
    expect(fields(validateVariant('moments', { link: { url: 'javascript:alert(1)' } }))).toEqual(['link'])
  })
  it('rejects an empty moment', () => {
    expect(fields(validateVariant('moments', { text: '  ' }))).toEqual(['text'])
  })
})

describe('article', () => {
  const ok = { title: '中秋理财小课堂', author: '财富管理部', digest: '三分钟看懂业绩比较基准', body: '<p>正文</p>', cover }
  it('accepts a complete article', () => {
    expect(validateVariant('article', ok)).toEqual([])
  })
  it('enforces title 64, author 16, digest 120 characters', () => {
    expect(validateVariant('article', { ...ok, title: '题'.repeat(64), author: '作'.repeat(16), digest: '摘'.repeat(120) })).toEqual([])
    const errors = validateVariant('article', { ...ok, title: '题'.repeat(65), author: '作'.repeat(17), digest: '摘'.repeat(121) })
    expect(fields(errors)).toEqual(['title', 'author', 'digest'])
    expect(errors[0].zh).toBe('标题不能超过64个字（当前65个）')
    expect(errors[0].en).toBe('Title must be at most 64 characters (now 65)')
  })
  it('requires title, body and cover', () => {
    expect(fields(validateVariant('article', { title: '', body: '' }))).toEqual(['title', 'body', 'cover'])
  })
  it('limits the body to fewer than 20,000 characters including HTML tags, and under 1 MB', () => {
    const tagged = '<p>' + '字'.repeat(CHANNEL_LIMITS.article.bodyMaxChars - 8) + '</p>'
    expect(wechatCharCount(tagged)).toBe(19_999)
    expect(validateVariant('article', { ...ok, body: tagged })).toEqual([])
    expect(fields(validateVariant('article', { ...ok, body: tagged + 'x' }))).toEqual(['body'])
  })
  it('checks content_source_url is an http(s) URL of at most 1 KB', () => {
    expect(validateVariant('article', { ...ok, contentSourceUrl: 'https://bank.example/a?x=1' })).toEqual([])
    expect(fields(validateVariant('article', { ...ok, contentSourceUrl: 'ftp://x' }))).toEqual(['contentSourceUrl'])
    expect(fields(validateVariant('article', { ...ok, contentSourceUrl: 'https://bank.example/' + 'a'.repeat(1010) }))).toEqual(['contentSourceUrl'])
  })
  it('checks cover crops: 2.35:1 and 1:1', () => {
    const square = { mimeType: 'image/jpeg', width: 1080, height: 1080 }
    expect(fields(validateVariant('article', { ...ok, cover: square }))).toEqual(['coverCrop235'])
    // A 2.35:1 band of a square image: height fraction = 1 / 2.35.
    const band = { x1: 0, y1: 0.2, x2: 1, y2: 0.2 + 1 / 2.35 }
    expect(validateVariant('article', { ...ok, cover: square, coverCrop235: band, coverCrop11: { x1: 0, y1: 0, x2: 1, y2: 1 } })).toEqual([])
    expect(fields(validateVariant('article', { ...ok, cover: square, coverCrop235: { x1: 0, y1: 0, x2: 1, y2: 1 } }))).toEqual(['coverCrop235'])
    expect(fields(validateVariant('article', { ...ok, coverCrop11: { x1: 0, y1: 0, x2: 0.5, y2: 1 } }))).toEqual(['coverCrop11'])
    expect(fields(validateVariant('article', { ...ok, coverCrop11: { x1: 0.5, y1: 0, x2: 0.2, y2: 1 } }))).toEqual(['coverCrop11'])
  })
})

describe('video (视频号)', () => {
  const video = { mimeType: 'video/mp4' }
  it('counts topics as part of the 1,000-character description', () => {
    expect(videoDescriptionWithTopics({ description: '中秋快乐', topics: ['中秋', '#金融知识'] })).toBe('中秋快乐 #中秋 #金融知识')
    expect(validateVariant('video', { description: '字'.repeat(1000), video })).toEqual([])
    expect(fields(validateVariant('video', { description: '字'.repeat(996), topics: ['中秋'], video }))).toEqual([])
    expect(fields(validateVariant('video', { description: '字'.repeat(997), topics: ['中秋'], video }))).toEqual(['description'])
  })
  it('requires a video file and clean topics', () => {
    expect(fields(validateVariant('video', { description: 'x' }))).toEqual(['video'])
    expect(fields(validateVariant('video', { description: 'x', topics: ['中 秋', ''], video }))).toEqual(['topics[0]', 'topics[1]'])
    expect(fields(validateVariant('video', { description: 'x', video: { mimeType: 'image/png' } }))).toEqual(['video'])
  })
})

describe('group (社群, WeCom add_msg_template)', () => {
  it('limits text to 4,000 UTF-8 bytes', () => {
    expect(validateVariant('group', { text: '字'.repeat(1333) })).toEqual([])
    const errors = validateVariant('group', { text: '字'.repeat(1334) })
    expect(errors).toHaveLength(1)
    expect(errors[0].zh).toContain('4000字节')
    expect(validateVariant('group', { text: 'a'.repeat(4000) })).toEqual([])
  })
  it('accepts an optional image, poster and activity; at most 9 attachments; never empty', () => {
    expect(validateVariant('group', { text: '今晚8点有奖问答', posterId: 'p1', activityId: 'a1' })).toEqual([])
    expect(validateVariant('group', { image: { mimeType: 'image/png' } })).toEqual([])
    expect(fields(validateVariant('group', { text: 'x', attachments: 9, image: { mimeType: 'image/png' } }))).toEqual(['attachments'])
    expect(fields(validateVariant('group', { text: '' }))).toEqual(['text'])
  })
})
