// Redis only holds timing: restarted with AOF, every delayed publish still fires once; flushed, the
// reconciler rebuilds the due jobs from the database and re-sends nothing already sent.
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeSharedRedis, sharedRedis } from '../../src/jobs/connection'
import { closeQueues } from '../../src/jobs/queues'
import { startPrivateRedis, type PrivateRedis } from '../../src/lib/redis-server'
import { DEMO_ACCOUNTS } from '../helpers/fake-wechat/accounts'
import { startFakeWechat, type FakeWechat } from '../helpers/fake-wechat/server'
import { testPayload, withDemoOrganisation } from '../helpers/payload'
import { startProcess, type Started } from '../helpers/processes'
import { approvedContent, linkAccount, schedule, waitFor } from './fixtures'

const port = 6400 + Math.floor(Math.random() * 500)
const redisDir = path.join(process.env.MATRIXDESK_TEST_DIR!, 'redis')
let redis: PrivateRedis
let payload: Payload
let fake: FakeWechat
let worker: Started | undefined
let content: string
let groups: string

const startWorker = async () => (worker = await startProcess('src/worker.ts', 'worker-ready', { ...process.env, MATRIXDESK_NO_PUSH: '1' }))
const tasks = () => fake.state.posts.filter((p) => p.kind === 'wecom_group_task')
const statuses = async (ids: string[]) => {
  const r = await payload.find({ collection: 'publications', where: { id: { in: ids } }, pagination: false, depth: 0, overrideAccess: true })
  return (r.docs as any[]).map((d) => d.status as string)
}

beforeAll(async () => {
  fs.mkdirSync(redisDir, { recursive: true })
  redis = await startPrivateRedis(redisDir, port)
  process.env.REDIS_URL = redis.url
  payload = await testPayload()
  const org = await withDemoOrganisation(payload)
  fake = await startFakeWechat()
  content = await approvedContent(payload, org, 'Redis 测试')
  const corp = DEMO_ACCOUNTS.corps[0]!
  groups = await linkAccount(payload, { kind: 'wecom_groups', identifier: corp.corpId, secret: corp.corpSecret, senders: 'zhangwei', baseUrl: fake.url })
  await startWorker()
})

afterAll(async () => {
  await worker?.stop('SIGKILL')
  await closeQueues()
  await closeSharedRedis()
  await redis?.stop()
  await fake?.close()
})

describe('Redis outages', () => {
  it('restarted with 100 delayed jobs (AOF): all fire, each once', async () => {
    const due = new Date(Date.now() + 25_000)
    const ids: string[] = []
    for (let i = 0; i < 100; i++) ids.push(await schedule(payload, content, groups, due))
    expect(await sharedRedis().keys('*:publish:delayed')).toHaveLength(1)
    await redis.stop()
    redis = await startPrivateRedis(redisDir, port)
    await waitFor(async () => (await statuses(ids)).every((s) => s === 'task_created'), 90_000, '100 tasks created')
    expect(tasks()).toHaveLength(100)
    expect(new Set(tasks().map((t) => t.id)).size).toBe(100)
  })

  it('flushed: the reconciler restores due jobs and re-sends nothing already published', async () => {
    const before = tasks().length
    const due = new Date(Date.now() + 20_000)
    const ids: string[] = []
    for (let i = 0; i < 20; i++) ids.push(await schedule(payload, content, groups, due))
    await sharedRedis().flushall()
    // the worker's scheduler was flushed too: a restart upserts it, and its first run reconciles at once
    await worker!.stop('SIGTERM')
    await startWorker()
    await waitFor(async () => (await statuses(ids)).every((s) => s === 'task_created'), 90_000, '20 restored tasks')
    expect(tasks().length - before).toBe(20)
  })
})
