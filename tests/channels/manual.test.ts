import { describe, expect, it } from 'vitest'
import { InMemoryTokenStore } from '../../src/channels/token.js'
import { getAdapter, listAdapters, CHANNEL_KINDS } from '../../src/channels/index.js'
import type { ChannelContext } from '../../src/channels/types.js'
import { jpeg, rejection } from './fixtures.js'

// Manual channels never touch the network: an unroutable base URL proves it.
const ctx: ChannelContext = { baseUrl: 'http://127.0.0.1:1', credentials: {}, tokenStore: new InMemoryTokenStore(), accountId: 'manual' }

describe('manual channels (视频号, personal 朋友圈, own customer groups)', () => {
  it('视频号 returns a ready kit with copy, #topics, video and linked article', async () => {
    const cv = getAdapter('channels_video')
    expect(cv.mode).toBe('manual')
    const res = await cv.publish(ctx, {
      publicationId: 'cv-1',
      title: '守护你的养老钱',
      text: '三分钟看懂个人养老金账户。理财有风险，投资需谨慎。',
      topics: ['个人养老金', '#理财知识#', '个人养老金'],
      video: { data: Buffer.alloc(2048, 1), filename: 'pension.mp4', mime: 'video/mp4', ref: 'media/42' },
      links: [{ title: '公众号原文', url: 'https://mp.weixin.qq.com/s/abc' }],
      dueAt: new Date('2026-11-24T02:00:00Z'),
    })
    expect(res.status).toBe('manual_pending')
    expect(res.platformId).toBe('manual:channels_video:cv-1')
    const kit = res.kit!
    expect(kit.topics).toEqual(['#个人养老金', '#理财知识'])
    expect(kit.copyText).toBe('三分钟看懂个人养老金账户。理财有风险，投资需谨慎。\n\n#个人养老金 #理财知识')
    expect(kit.video).toEqual({ ref: 'media/42', filename: 'pension.mp4', mime: 'video/mp4', bytes: 2048 })
    expect(kit.link).toEqual({ title: '公众号原文', url: 'https://mp.weixin.qq.com/s/abc' })
    expect(kit.reminder.zh).toContain('2026-11-24 10:00')
    expect(kit.reminder.en).toContain('Beijing time')
    expect(kit.steps.length).toBeGreaterThan(2)
    expect(await cv.checkStatus(ctx, res.platformId)).toMatchObject({ status: 'manual_pending', final: false })
  })

  it('视频号 enforces the 1,000-character description and needs media', async () => {
    const cv = getAdapter('channels_video')
    const e = await rejection(cv.publish(ctx, { publicationId: 'cv-2', text: '字'.repeat(1001), video: { data: Buffer.alloc(10) } }))
    expect(e).toMatchObject({ kind: 'bad_request' })
    expect(String(e.message)).toContain('1000')
    expect((await rejection(cv.publish(ctx, { publicationId: 'cv-3', text: '只有文字' }))).kind).toBe('bad_request')
  })

  it('personal 朋友圈 kit carries up to 9 posters and refuses a 10th', async () => {
    const pm = getAdapter('personal_moments')
    const poster = await jpeg(108, 192)
    const res = await pm.publish(ctx, { publicationId: 'pm-1', text: '早安，今天也要好好爱自己', images: [{ data: poster, ref: 'posters/p1.jpg' }] })
    expect(res.kit!.images).toEqual([{ ref: 'posters/p1.jpg', filename: undefined, mime: undefined, bytes: poster.length }])
    const e = await rejection(pm.publish(ctx, { publicationId: 'pm-2', images: Array.from({ length: 10 }, () => ({ data: poster })) }))
    expect(e.kind).toBe('bad_request')
  })

  it('own customer groups (no WeCom link): text and poster to paste into each group, 2,000 characters at most', async () => {
    const pg = getAdapter('personal_groups')
    expect(pg.mode).toBe('manual')
    const poster = await jpeg(108, 192)
    const res = await pg.publish(ctx, { publicationId: 'pg-1', title: '周三小游戏', text: '今晚8点群内猜灯谜，答对有礼！', images: [{ data: poster, ref: 'posters/p2.jpg' }], dueAt: new Date('2026-11-25T12:00:00Z') })
    expect(res).toMatchObject({ status: 'manual_pending', platformId: 'manual:personal_groups:pg-1' })
    expect(res.kit!.copyText).toBe('今晚8点群内猜灯谜，答对有礼！')
    expect(res.kit!.images).toHaveLength(1)
    expect(res.kit!.steps.map((s) => s.zh).join('')).toContain('客户群')
    expect(res.kit!.reminder.zh).toContain('2026-11-25 20:00')
    expect((await rejection(pg.publish(ctx, { publicationId: 'pg-2', text: '字'.repeat(2001) }))).kind).toBe('bad_request')
    expect((await rejection(pg.publish(ctx, { publicationId: 'pg-3' }))).kind).toBe('bad_request')
  })

  it('the registry has one adapter per kind and rejects unknown kinds', async () => {
    expect(listAdapters().map((a) => a.kind).sort()).toEqual([...CHANNEL_KINDS].sort())
    for (const k of CHANNEL_KINDS) expect(getAdapter(k).kind).toBe(k)
    expect(() => getAdapter('tiktok')).toThrow(/Unknown channel kind/)
  })
})
