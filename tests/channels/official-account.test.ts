import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ChannelError } from '../../src/channels/errors.js'
import { callWithToken } from '../../src/channels/http.js'
import { getAdapter } from '../../src/channels/index.js'
import { clientMsgIdFor } from '../../src/channels/media.js'
import { tokenProvider } from '../../src/channels/token.js'
import type { PublishPayload } from '../../src/channels/types.js'
import { startFakeWechat, type FakeWechat } from '../helpers/fake-wechat/server.js'
import { SUB, SVC, gif, jpeg, oaCtx, png, rejection } from './fixtures.js'

let fake: FakeWechat
let cover: Buffer
let bodyImage: Buffer

beforeAll(async () => {
  fake = await startFakeWechat()
  cover = await jpeg()
  bodyImage = await png()
})
afterAll(() => fake.close())
beforeEach(() => fake.reset())

function article(publicationId: string, over: Partial<PublishPayload> = {}): PublishPayload {
  return {
    publicationId,
    title: '双十一借势：信用卡分期免息季',
    digest: '12 期免息，理财有风险，投资需谨慎',
    author: '示范银行',
    html: '<p>活动说明</p><p><img src="poster-1" /></p>',
    covers: [{ data: cover, filename: 'cover.jpg' }],
    images: [{ data: bodyImage, ref: 'poster-1' }],
    ...over,
  }
}

const oa = getAdapter('oa_subscription')

describe('公众号 adapter against the fake server', () => {
  it('uploads, drafts, submits, then polls freepublish/get from publishing to published', async () => {
    const ctx = oaCtx(fake)
    const res = await oa.publish(ctx, article('pub-1'))
    expect(res.status).toBe('publishing')
    expect(res.platformId).toMatch(/^publish:\d+$/)
    const paths = fake.state.requests.map((r) => r.path)
    expect(paths).toEqual([
      '/cgi-bin/token',
      '/cgi-bin/material/add_material',
      '/cgi-bin/media/uploadimg',
      '/cgi-bin/draft/add',
      '/cgi-bin/freepublish/submit',
    ])
    // the body image reference was replaced by the WeChat CDN URL
    const draft = [...fake.state.drafts.values()][0]!
    expect(draft.articles[0]!.content).toContain('http://mmbiz.qpic.cn/mmbiz_png/')
    expect(draft.articles[0]!.content).not.toContain('poster-1')

    const first = await oa.checkStatus(ctx, res.platformId)
    expect(first).toMatchObject({ status: 'publishing', final: false })
    const second = await oa.checkStatus(ctx, res.platformId)
    expect(second.status).toBe('published')
    expect(second.final).toBe(true)
    expect(second.urls?.[0]).toMatch(/^https:\/\/mp\.weixin\.qq\.com\/s\//)
    expect(fake.state.posts.filter((p) => p.kind === 'oa_freepublish')).toHaveLength(1)
  })

  it('caches the token, and refreshes exactly once after 42001', async () => {
    const ctx = oaCtx(fake)
    await oa.publish(ctx, article('pub-2'))
    await oa.publish(ctx, article('pub-3'))
    expect(fake.state.tokensIssued[SUB.appId]).toBe(1)

    fake.expireTokens()
    const res = await oa.publish(ctx, article('pub-4'))
    expect(res.status).toBe('publishing')
    expect(fake.state.tokensIssued[SUB.appId]).toBe(2)
    expect(fake.state.posts.filter((p) => p.kind === 'oa_freepublish')).toHaveLength(3)
  })

  it('gives up with auth_expired when a fresh token is rejected again', async () => {
    const ctx = oaCtx(fake)
    await tokenProvider(ctx, 'oa').get()
    // Expire everything on every call: the refreshed token is refused too.
    fake.expireTokens()
    const tokens = tokenProvider(ctx, 'oa')
    const origRefresh = tokens.refresh
    tokens.refresh = async () => {
      const t = await origRefresh()
      fake.expireTokens()
      return t
    }
    const e = await rejection(callWithToken(tokens, { baseUrl: fake.url, path: '/cgi-bin/draft/add', step: 'draft/add', json: { articles: [] } }))
    expect(e).toBeInstanceOf(ChannelError)
    expect(e.kind).toBe('auth_expired')
    expect(fake.state.tokensIssued[SUB.appId]).toBe(2)
  })

  it('mass send carries a deterministic clientmsgid and WeChat-style dedupe returns the same msg_id', async () => {
    const ctx = oaCtx(fake, SVC)
    const sent: string[] = []
    const a = await oa.publish({ ...ctx, onSent: (i) => sent.push(i.step) }, article('pub-mass', { massSend: true }))
    const b = await oa.publish(ctx, article('pub-mass', { massSend: true }))
    expect(a.platformId).toMatch(/^mass:\d+:\d+$/)
    expect(b.platformId).toBe(a.platformId)
    expect((b.raw as { duplicate: boolean }).duplicate).toBe(true)
    expect(sent).toEqual(['mass/sendall'])
    const mass = fake.state.posts.filter((p) => p.kind === 'oa_mass')
    expect(mass).toHaveLength(1)
    expect(mass[0]!.clientmsgid).toBe(clientMsgIdFor('pub-mass'))
    expect(clientMsgIdFor('pub-mass').length).toBeLessThanOrEqual(64)

    expect((await oa.checkStatus(ctx, a.platformId)).status).toBe('publishing')
    expect((await oa.checkStatus(ctx, a.platformId)).status).toBe('published')
  })

  it('a subscription account gets one mass send per day: the second is rate_limited (45028)', async () => {
    const ctx = oaCtx(fake, SUB)
    await oa.publish(ctx, article('pub-day-1', { massSend: true }))
    const e = await rejection(oa.publish(ctx, article('pub-day-2', { massSend: true })))
    expect(e).toMatchObject({ kind: 'rate_limited', errcode: 45028, step: 'mass/sendall', creating: true })
  })

  it('fetches realistic, deterministic article metrics from datacube', async () => {
    const ctx = oaCtx(fake, SVC)
    const res = await oa.publish(ctx, article('pub-metrics', { massSend: true }))
    const m1 = await oa.fetchMetrics(ctx, res.platformId)
    const m2 = await oa.fetchMetrics(ctx, res.platformId)
    expect(m1.reads).toBeGreaterThan(SVC.followers * 0.03 * 0.6)
    expect(m1.reads).toBeLessThan(SVC.followers * 0.2)
    expect(m1.shares).toBeGreaterThan(0)
    expect(m1.shares).toBeLessThan(m1.reads)
    expect(m1.reach).toBe(SVC.followers)
    expect(m2.reads).toBe(m1.reads)

    const pub = await oa.publish(ctx, article('pub-metrics-2'))
    await oa.checkStatus(ctx, pub.platformId)
    await oa.checkStatus(ctx, pub.platformId)
    const m3 = await oa.fetchMetrics(ctx, pub.platformId)
    expect(m3.reads).toBeGreaterThan(0)
    expect(m3.reads).not.toBe(m1.reads)
  })

  it('rejects over-long titles locally with a bilingual bad_request, and the fake answers 45003 like WeChat', async () => {
    const ctx = oaCtx(fake)
    const long = '标'.repeat(65)
    const e = await rejection(oa.publish(ctx, article('pub-long', { title: long })))
    expect(e).toMatchObject({ kind: 'bad_request', step: 'validate' })
    expect(String(e.message)).toContain('64')
    expect(fake.state.requests).toHaveLength(0)

    // Straight to the platform: the fake enforces the same rule with the real errcode.
    const tokens = tokenProvider(ctx, 'oa')
    const e2 = await rejection(
      callWithToken(tokens, { baseUrl: fake.url, path: '/cgi-bin/draft/add', step: 'draft/add', json: { articles: [{ title: long, content: 'x', thumb_media_id: 'x' }] } }),
    )
    expect(e2).toMatchObject({ kind: 'bad_request', errcode: 45003 })
  })

  it('the fake answers 40007 for media that are not PNG/JPEG', async () => {
    const ctx = oaCtx(fake)
    const tokens = tokenProvider(ctx, 'oa')
    const e = await rejection(
      callWithToken(tokens, {
        baseUrl: fake.url,
        path: '/cgi-bin/material/add_material',
        query: { type: 'image' },
        step: 'material/add_material',
        files: [{ field: 'media', filename: 'x.gif', contentType: 'image/gif', data: await gif() }],
      }),
    )
    expect(e).toMatchObject({ kind: 'bad_request', errcode: 40007 })
    // and the adapter refuses a GIF cover before sending anything
    const before = fake.state.requests.length
    const e2 = await rejection(oa.publish(ctx, article('pub-gif', { covers: [{ data: await gif() }] })))
    expect(e2.kind).toBe('bad_request')
    expect(fake.state.requests.length).toBe(before)
  })

  it('testConnection reports wrong credentials without leaking them', async () => {
    const good = await oa.testConnection(oaCtx(fake))
    expect(good.ok).toBe(true)
    const bad = await oa.testConnection(oaCtx(fake, { ...SUB, appSecret: 'wrong-secret-zzz' }))
    expect(bad.ok).toBe(false)
    expect(bad.message.zh).toContain('AppSecret')
    expect(JSON.stringify(bad)).not.toContain('wrong-secret-zzz')
  })
})
