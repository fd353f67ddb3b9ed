import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { getAdapter } from '../../src/channels/index.js'
import { startFakeWechat, type FakeWechat } from '../helpers/fake-wechat/server.js'
import { CORP, corpCtx, jpeg, png, rejection } from './fixtures.js'

let fake: FakeWechat
beforeAll(async () => {
  fake = await startFakeWechat()
})
afterAll(() => fake.close())
beforeEach(() => fake.reset())

const groups = getAdapter('wecom_groups')
const moments = getAdapter('wecom_moments')
const [m1, m2] = CORP.members as [string, string]

describe('企业微信 customer groups (add_msg_template)', () => {
  it('creates one task per manager, then polls results until every manager confirmed', async () => {
    const ctx = corpCtx(fake)
    const sent: string[] = []
    const res = await groups.publish(
      { ...ctx, onSent: (i) => void sent.push(i.step) },
      {
        publicationId: 'grp-1',
        text: '周末理财沙龙报名开启，理财有风险，投资需谨慎',
        images: [{ data: await jpeg(1080, 1920) }],
        links: [{ title: '报名入口', url: 'https://example.com/t/grp1', picUrl: 'https://example.com/p.jpg' }],
        senders: [m1, m2],
      },
    )
    expect(groups.mode).toBe('task')
    expect(res.status).toBe('task_created')
    expect(res.platformId).toMatch(/^groupmsg:msgGCAAA[^,]+,msgGCAAA/)
    expect(sent).toEqual(['add_msg_template', 'add_msg_template'])
    expect(fake.state.posts.filter((p) => p.kind === 'wecom_group_task').map((p) => p.senders)).toEqual([[m1], [m2]])

    const first = await groups.checkStatus(ctx, res.platformId)
    expect(first).toMatchObject({ status: 'task_created', final: false, progress: { done: 0, total: 2 } })
    const second = await groups.checkStatus(ctx, res.platformId)
    expect(second).toMatchObject({ status: 'done', final: true, progress: { done: 2, total: 2, byUser: { [m1]: 'sent', [m2]: 'sent' } } })

    const metrics = await groups.fetchMetrics(ctx, res.platformId)
    expect(metrics.extra!.groupsSent).toBeGreaterThanOrEqual(4)
    expect(metrics.reach).toBe(metrics.extra!.groupsSent)
    expect(await groups.fetchMetrics(ctx, res.platformId)).toEqual(metrics)
  })

  it('needs at least one sender, and an unknown sender is a bad request from the platform', async () => {
    const ctx = corpCtx(fake)
    expect((await rejection(groups.publish(ctx, { publicationId: 'g0', text: 'x' }))).kind).toBe('bad_request')
    const e = await rejection(groups.publish(ctx, { publicationId: 'g1', text: 'x', senders: ['nobody'] }))
    expect(e).toMatchObject({ kind: 'bad_request', errcode: 40003, step: 'add_msg_template' })
  })

  it('wrong corp secret → auth_expired from gettoken', async () => {
    const ctx = corpCtx(fake, { credentials: { corpId: CORP.corpId, corpSecret: 'nope' } })
    const e = await rejection(groups.publish(ctx, { publicationId: 'g2', text: 'x', senders: [m1] }))
    expect(e).toMatchObject({ kind: 'auth_expired', errcode: 40001, step: 'gettoken' })
    expect((await groups.testConnection(ctx)).ok).toBe(false)
    expect((await groups.testConnection(corpCtx(fake))).ok).toBe(true)
  })
})

describe('企业微信 customer Moments (add_moment_task)', () => {
  it('creates the task, resolves the moment_id, then tracks each manager posting', async () => {
    const ctx = corpCtx(fake)
    const res = await moments.publish(ctx, {
      publicationId: 'mom-1',
      text: '秋日借势｜一杯咖啡的时间，了解养老金账户',
      images: [{ data: await jpeg(1080, 1920) }, { data: await png(1080, 1080) }],
      senders: [m1, m2],
    })
    expect(res).toMatchObject({ status: 'task_created' })
    expect(res.platformId).toMatch(/^moment:/)
    expect(fake.state.posts).toEqual([expect.objectContaining({ kind: 'wecom_moment_task', senders: [m1, m2] })])

    const s1 = await moments.checkStatus(ctx, res.platformId)
    expect(s1).toMatchObject({ status: 'publishing', final: false })
    const s2 = await moments.checkStatus(ctx, res.platformId)
    expect(s2).toMatchObject({ status: 'task_created', progress: { done: 0, total: 2 } })
    const s3 = await moments.checkStatus(ctx, res.platformId)
    expect(s3).toMatchObject({ status: 'partially_done', progress: { done: 1, total: 2 } })
    const s4 = await moments.checkStatus(ctx, res.platformId)
    expect(s4).toMatchObject({ status: 'done', final: true, progress: { done: 2, total: 2 } })

    const metrics = await moments.fetchMetrics(ctx, res.platformId)
    expect(metrics.likes).toBeGreaterThanOrEqual(6)
    expect(metrics.extra!.managersPosted).toBe(2)
  })

  it('takes 9 images or 1 video or 1 link, never a mix', async () => {
    const ctx = corpCtx(fake)
    const e = await rejection(
      moments.publish(ctx, { publicationId: 'mix', images: [{ data: await png() }], links: [{ title: 'a', url: 'https://e.com' }], senders: [m1] }),
    )
    expect(e).toMatchObject({ kind: 'bad_request', step: 'validate' })
    const link = await moments.publish(ctx, { publicationId: 'lnk', text: '看这里', links: [{ title: '养老金', url: 'https://e.com/t/x', image: { data: await png() } }], senders: [m1] })
    expect(link.status).toBe('task_created')
  })
})
