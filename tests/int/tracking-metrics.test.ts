// Platform metrics: a 公众号 article published on the local WeChat server is read back through the channel
// adapter's fetchMetrics into engagement snapshots, and the latest snapshot becomes the funnel's exposure.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getAdapter } from '../../src/channels'
import { closeSharedRedis } from '../../src/jobs/connection'
import { computeDashboard, parseFilter } from '../../src/lib/tracking/analytics'
import { snapshotMetrics } from '../../src/lib/tracking/metrics'
import { startFakeWechat, type FakeWechat } from '../helpers/fake-wechat/server'
import { testPayload, withDemoOrganisation } from '../helpers/payload'
import { oaCtx, png, SVC } from '../channels/fixtures'

let payload: Payload
let fake: FakeWechat
let org: Awaited<ReturnType<typeof withDemoOrganisation>>

beforeAll(async () => {
  payload = await testPayload()
  org = await withDemoOrganisation(payload)
  fake = await startFakeWechat({ port: 0 })
})
afterAll(async () => {
  await fake?.close()
  await closeSharedRedis()
})

describe('engagement snapshots', () => {
  it('pulls reads, likes, shares and comments of a published article into a snapshot', async () => {
    const oa = getAdapter('oa_service')
    const ctx = oaCtx(fake, SVC)
    const published = await oa.publish(ctx, {
      publicationId: 'pub-spring-1',
      title: '春季理财节：邀好友赢礼金',
      digest: '理财有风险，投资需谨慎',
      html: '<p>活动说明</p>',
      covers: [{ data: await png(900, 383), filename: 'cover.png' }],
      massSend: true,
    })
    const pub = {
      id: 'pub-spring-1',
      platformId: published.platformId,
      publishedAt: new Date().toISOString(),
      campaign: 'spring',
      manager: null,
      branch: org.branchByCode.get('0001'),
    }
    const fetch = (platformId: string, opts: { publishedAt?: Date }) => oa.fetchMetrics(ctx, platformId, opts)

    const first = (await snapshotMetrics(payload, pub, { id: 'acct-svc', kind: 'oa_service' }, fetch)) as any
    expect(first.reads).toBeGreaterThan(SVC.followers * 0.01)
    expect(first.reads).toBeLessThan(SVC.followers)
    expect(first.shares).toBeGreaterThan(0)
    expect(first.reach).toBe(SVC.followers)
    expect(first).toMatchObject({
      publication: 'pub-spring-1',
      account: 'acct-svc',
      channel: 'oa_service',
      campaign: 'spring',
      platformId: published.platformId,
    })

    await snapshotMetrics(payload, pub, { id: 'acct-svc', kind: 'oa_service' }, fetch)
    const snapshots = await payload.count({ collection: 'engagement', where: { publication: { equals: 'pub-spring-1' } }, overrideAccess: true })
    expect(snapshots.totalDocs).toBe(2)

    // the funnel counts a publication once: its latest snapshot (reach, when larger than reads)
    const d = await computeDashboard(payload, org.admin as any, { ...parseFilter(new URLSearchParams()), campaign: 'spring' })
    expect(d.totals.exposure).toBe(SVC.followers)
    expect(d.byChannel).toEqual([expect.objectContaining({ key: 'oa_service', exposure: SVC.followers, visit: 0 })])
  })

  it('lets managers read only their own snapshots', async () => {
    const fetch = async () => ({ reads: 40, likes: 3, shares: 2, comments: 1, reach: 120 })
    await snapshotMetrics(payload, { id: 'pub-m01', platformId: 'moment:1', manager: org.manager.id }, { id: 'acct-corp', kind: 'wecom_moments' }, fetch)
    const own = await payload.find({ collection: 'engagement', overrideAccess: false, user: org.manager as any, depth: 0 })
    expect(own.docs.map((d: any) => d.publication)).toEqual(['pub-m01'])
    const other = await payload.find({ collection: 'engagement', overrideAccess: false, user: org.otherManager as any, depth: 0 })
    expect(other.docs).toEqual([])
  })
})
