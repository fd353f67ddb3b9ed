// The exactly-once protocol in one process: atomic claim, result recording, retries, unknown outcomes,
// holds, and the reconciler — against the local WeChat/WeCom server over real HTTP and a real Redis.
import type { Worker } from 'bullmq'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ACCOUNTS } from '../helpers/fake-wechat/accounts'
import { transitionContent } from '../../src/collections/Contents/workflow'
import type { SessionUser } from '../../src/access/roles'
import { closeQueues, getQueue, QUEUES } from '../../src/jobs/queues'
import { enqueuePublish, publishJobId } from '../../src/jobs/publish/enqueue'
import { casPublication } from '../../src/jobs/publish/rows'
import { reconcile } from '../../src/jobs/reconcile/processor'
import { startFakeWechat, type FakeWechat } from '../helpers/fake-wechat/server'
import { testPayload, withDemoOrganisation } from '../helpers/payload'
import { approvedContent, linkAccount, pub, publishWorker, schedule, waitFor } from '../reliability/fixtures'

let payload: Payload
let org: Awaited<ReturnType<typeof withDemoOrganisation>>
let fake: FakeWechat
let worker: Worker
let content: string
let robot: string
let groups: string

const robotPosts = () => fake.state.posts.filter((p) => p.kind === 'robot')

beforeAll(async () => {
  process.env.MATRIXDESK_CHANNEL_TIMEOUT_MS = '1500'
  payload = await testPayload()
  org = await withDemoOrganisation(payload)
  fake = await startFakeWechat()
  content = await approvedContent(payload, org)
  robot = await linkAccount(payload, { kind: 'wecom_robot', secret: DEMO_ACCOUNTS.robotKeys[0], baseUrl: fake.url, branch: org.branchByCode.get('1101') })
  const corp = DEMO_ACCOUNTS.corps[0]!
  groups = await linkAccount(payload, { kind: 'wecom_groups', identifier: corp.corpId, secret: corp.corpSecret, senders: 'zhangwei,lina', baseUrl: fake.url })
  worker = await publishWorker(payload)
})

afterAll(async () => {
  await worker?.close()
  await closeQueues()
  await fake?.close()
})

describe('atomic claim', () => {
  it('of two writers claiming the same scheduled row at once, exactly one wins (50 rows)', async () => {
    const far = new Date(Date.now() + 86_400_000)
    const ids: string[] = []
    for (let i = 0; i < 50; i++) ids.push(await schedule(payload, content, groups, far))
    for (const id of ids) await getQueue(QUEUES.publish).remove(publishJobId(id))
    const claim = (id: string, attemptId: string) =>
      casPublication(payload, { and: [{ id: { equals: id } }, { status: { equals: 'scheduled' } }] }, { status: 'publishing', attemptId })
    const results = await Promise.all(ids.flatMap((id) => [claim(id, `a-${id}`), claim(id, `b-${id}`)]))
    for (let i = 0; i < ids.length; i++) {
      const [a, b] = [results[2 * i], results[2 * i + 1]]
      expect(Number(Boolean(a)) + Number(Boolean(b))).toBe(1)
      const row = await pub(payload, ids[i]!)
      expect(row.attemptId).toBe((a ?? b)!.attemptId)
    }
  })
})

describe('publishing', () => {
  it('posts once, stores the platform id and marks the row and the content published', async () => {
    const before = robotPosts().length
    const id = await schedule(payload, content, robot, new Date(Date.now() + 300))
    const row = await waitFor(async () => ((await pub(payload, id)).status === 'published' ? pub(payload, id) : null), 15_000, 'published')
    expect(row.platformId).toBe(`robot:${id}:1`)
    expect(row.attempts).toBe(1)
    expect(robotPosts().length - before).toBe(1)
    // the content follows right after the row (approved → scheduled → published, by the system)
    await waitFor(async () => (await payload.findByID({ collection: 'contents', id: content, depth: 0, overrideAccess: true })).status === 'published', 5_000, 'content published')
  })

  it('the same publication enqueued twice, and again after its job was removed, posts once', async () => {
    const before = robotPosts().length
    const id = await schedule(payload, content, robot, new Date(Date.now() + 500))
    await enqueuePublish(id, new Date())
    await enqueuePublish(id, new Date())
    await waitFor(async () => (await pub(payload, id)).status === 'published', 15_000)
    await getQueue(QUEUES.publish).remove(publishJobId(id))
    await enqueuePublish(id, new Date())
    await new Promise((r) => setTimeout(r, 1_500))
    expect(robotPosts().length - before).toBe(1)
    expect((await pub(payload, id)).attempts).toBe(1)
  })

  it('a task channel creates one WeCom task per sender and waits for confirmation', async () => {
    const id = await schedule(payload, content, groups, new Date(Date.now() + 200))
    const row = await waitFor(async () => ((await pub(payload, id)).status === 'task_created' ? pub(payload, id) : null), 15_000)
    expect(row.mode).toBe('task')
    expect(row.platformId).toMatch(/^groupmsg:.+,.+/)
  })

  it('token expiry mid-run: one refresh and success', async () => {
    const corp = DEMO_ACCOUNTS.corps[0]!.corpId
    const id1 = await schedule(payload, content, groups, new Date(Date.now() + 100))
    await waitFor(async () => (await pub(payload, id1)).status === 'task_created', 15_000)
    const issued = fake.state.tokensIssued[corp] ?? 0
    fake.expireTokens()
    const id2 = await schedule(payload, content, groups, new Date(Date.now() + 100))
    const row = await waitFor(async () => ((await pub(payload, id2)).status === 'task_created' ? pub(payload, id2) : null), 15_000)
    expect(fake.state.tokensIssued[corp]).toBe(issued + 1)
    expect(row.attempts).toBe(1)
  })

  it('45009 from the platform: backoff, then success; nothing lost, nothing doubled', async () => {
    const before = robotPosts().length
    fake.setFaults({ rateLimitNext: 2, match: 'webhook' })
    const id = await schedule(payload, content, robot, new Date(Date.now() + 100))
    const row = await waitFor(async () => ((await pub(payload, id)).status === 'published' ? pub(payload, id) : null), 30_000)
    expect(row.attempts).toBe(3)
    expect(robotPosts().length - before).toBe(1)
    fake.setFaults({ match: undefined })
  })

  it('accepted by the platform but never answered: needs_verification, and no second post', async () => {
    const before = robotPosts().length
    fake.setFaults({ hangNext: 1 })
    const id = await schedule(payload, content, robot, new Date(Date.now() + 100))
    const row = await waitFor(async () => ((await pub(payload, id)).status === 'needs_verification' ? pub(payload, id) : null), 15_000)
    expect(row.lastError).toMatch(/结果未知.*\/.*outcome unknown/)
    expect(robotPosts().length - before).toBe(1)
    await reconcile(payload)
    await new Promise((r) => setTimeout(r, 1_000))
    expect(robotPosts().length - before).toBe(1)
    expect((await pub(payload, id)).status).toBe('needs_verification')
  })

  it('a permanent error fails at once without retrying', async () => {
    const bad = await linkAccount(payload, { kind: 'wecom_robot', secret: '00000000-dead-beef-0000-000000000000', baseUrl: fake.url })
    const id = await schedule(payload, content, bad, new Date(Date.now() + 100))
    const row = await waitFor(async () => ((await pub(payload, id)).status === 'failed' ? pub(payload, id) : null), 15_000)
    expect(row.attempts).toBe(1)
    expect(row.lastError).toMatch(/Webhook/)
    const account = await payload.findByID({ collection: 'channel-accounts', id: bad, overrideAccess: true, depth: 0 })
    expect(account.health).toBe('needs_reconnect')
  })
})

describe('content holds and the reconciler', () => {
  it('editing scheduled content holds its publications; re-approval releases them', async () => {
    const c2 = await approvedContent(payload, org, '暂停测试')
    const id = await schedule(payload, c2, robot, new Date(Date.now() + 3_600_000))
    await payload.update({ collection: 'contents', id: c2, data: { master: '锦程银行冬至活动（已修改）。' } as never, user: org.editor as never, overrideAccess: false })
    expect((await pub(payload, id)).onHold).toBe(true)
    expect(await getQueue(QUEUES.publish).getJob(publishJobId(id))).toBeUndefined()
    await transitionContent(payload, { id: c2, to: 'in_review', user: org.editor as unknown as SessionUser })
    await transitionContent(payload, { id: c2, to: 'approved', user: org.reviewer as unknown as SessionUser })
    expect((await pub(payload, id)).onHold).toBe(false)
    expect(await getQueue(QUEUES.publish).getJobState(publishJobId(id))).toBe('delayed')
  })

  it('fetches the access token of accounts with sends due soon, once, before the burst', async () => {
    const corp = { corpId: 'wwwarmup000000000001', corpSecret: 'warm-up-secret', name: '预热测试', members: ['zhangwei'] }
    fake.addAccounts({ corps: [corp] })
    const fresh = await linkAccount(payload, { kind: 'wecom_groups', identifier: corp.corpId, secret: corp.corpSecret, senders: 'zhangwei', baseUrl: fake.url })
    const c4 = await approvedContent(payload, org, '令牌预热')
    const id = await schedule(payload, c4, fresh, new Date(Date.now() + 90_000))
    expect(fake.state.tokensIssued[corp.corpId] ?? 0).toBe(0)
    const report = await reconcile(payload)
    expect(report.warmed).toBeGreaterThanOrEqual(1)
    expect(fake.state.tokensIssued[corp.corpId]).toBe(1)
    const row = (await payload.db.findOne({ collection: 'channel-accounts', where: { id: { equals: fresh } } })) as any
    expect(row.tokenSealed).toBeTruthy()
    expect(new Date(row.tokenExpiresAt).getTime()).toBeGreaterThan(Date.now() + 3600_000)
    // a valid token is reused, not fetched again
    await reconcile(payload)
    expect(fake.state.tokensIssued[corp.corpId]).toBe(1)
    await getQueue(QUEUES.publish).remove(publishJobId(id))
  })

  it('restores due jobs missing from Redis and re-sends nothing already published', async () => {
    const c3 = await approvedContent(payload, org, '对账测试')
    await worker.pause()
    const due = new Date(Date.now() + 2_000)
    const ids = [await schedule(payload, c3, groups, due), await schedule(payload, c3, groups, due)]
    const queue = getQueue(QUEUES.publish)
    for (const id of ids) await queue.remove(publishJobId(id))
    const report = await reconcile(payload)
    expect(report.requeued).toBeGreaterThanOrEqual(2)
    worker.resume()
    for (const id of ids) await waitFor(async () => (await pub(payload, id)).status === 'task_created', 15_000)
    const tasks = fake.state.posts.filter((p) => p.kind === 'wecom_group_task').length
    await reconcile(payload)
    await new Promise((r) => setTimeout(r, 1_000))
    expect(fake.state.posts.filter((p) => p.kind === 'wecom_group_task').length).toBe(tasks)
  })
})
