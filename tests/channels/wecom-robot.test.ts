import { createHash } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildRobotMessages } from '../../src/channels/wecom-robot.js'
import { getAdapter } from '../../src/channels/index.js'
import { startFakeWechat, type FakeWechat } from '../helpers/fake-wechat/server.js'
import { gif, png, rejection, robotCtx } from './fixtures.js'

let fake: FakeWechat
beforeAll(async () => {
  fake = await startFakeWechat()
})
afterAll(() => fake.close())
beforeEach(() => fake.reset())

const robot = getAdapter('wecom_robot')

describe('企业微信 group robot', () => {
  it('declares 20 messages per minute as data', () => {
    expect(robot.mode).toBe('auto')
    expect(robot.limits.rules).toEqual([expect.objectContaining({ action: 'send', window: 'minute_sliding', max: 20 })])
  })

  it('sends text, markdown, image (base64 + md5) and news over the webhook', async () => {
    const ctx = robotCtx(fake)
    const poster = await png(300, 533)
    await robot.publish(ctx, { publicationId: 't', text: '今日理财早报，理财有风险，投资需谨慎', robotMsgType: 'text', mentionedMobiles: ['13800000000'] })
    await robot.publish(ctx, { publicationId: 'm', markdown: '## 双十一\n> 分期 **免息**', robotMsgType: 'markdown' })
    await robot.publish(ctx, { publicationId: 'i', images: [{ data: poster }], robotMsgType: 'image' })
    const res = await robot.publish(ctx, {
      publicationId: 'n',
      links: [{ title: '信用卡分期免息季', url: 'https://example.com/t/abc', description: '点击了解', picUrl: 'https://example.com/p.jpg' }],
      robotMsgType: 'news',
    })
    expect(res).toMatchObject({ status: 'published', platformId: 'robot:n:1' })
    expect(fake.state.posts.map((p) => p.msgtype)).toEqual(['text', 'markdown', 'image', 'news'])
    expect(fake.state.posts[2]!.content).toBe(`[image ${poster.length} bytes]`)
    expect(await robot.checkStatus(ctx, res.platformId)).toMatchObject({ status: 'published', final: true })
  })

  it('builds the image message with the md5 of the raw bytes', async () => {
    const poster = await png()
    const [msg] = buildRobotMessages({ publicationId: 'x', images: [{ data: poster }], robotMsgType: 'image' })
    expect(msg).toEqual({ msgtype: 'image', image: { base64: poster.toString('base64'), md5: createHash('md5').update(poster).digest('hex') } })
  })

  it('copy plus posters become several messages, each reported as its own create step', async () => {
    const steps: string[] = []
    const ctx = robotCtx(fake, { onSent: (i) => void steps.push(i.step) })
    const res = await robot.publish(ctx, { publicationId: 'multi', markdown: '**早报**', images: [{ data: await png() }, { data: await png(100, 100, '#f00') }] })
    expect(res.platformId).toBe('robot:multi:3')
    expect(steps).toEqual(['webhook/send#1', 'webhook/send#2', 'webhook/send#3'])
    expect(fake.state.posts).toHaveLength(3)
  })

  it('refuses GIFs and over-long text before sending', async () => {
    const ctx = robotCtx(fake)
    expect((await rejection(robot.publish(ctx, { publicationId: 'g', images: [{ data: await gif() }] }))).kind).toBe('bad_request')
    const e = await rejection(robot.publish(ctx, { publicationId: 'l', text: '长'.repeat(700) }))
    expect(e.kind).toBe('bad_request')
    expect(String(e.message)).toContain('2048')
    expect(fake.state.requests).toHaveLength(0)
  })

  it('the fake enforces 20 messages/minute per robot with 45009 → rate_limited', async () => {
    const ctx = robotCtx(fake)
    for (let i = 0; i < 20; i++) await robot.publish(ctx, { publicationId: `burst-${i}`, text: `第 ${i + 1} 条` })
    const e = await rejection(robot.publish(ctx, { publicationId: 'burst-20', text: '第 21 条' }))
    expect(e).toMatchObject({ kind: 'rate_limited', errcode: 45009 })
    expect(fake.state.posts).toHaveLength(20)
  })

  it('testConnection checks the key without posting into the group', async () => {
    expect((await robot.testConnection(robotCtx(fake))).ok).toBe(true)
    expect((await robot.testConnection(robotCtx(fake, { credentials: {} }))).ok).toBe(false)
    expect(fake.state.posts).toHaveLength(0)
  })
})
