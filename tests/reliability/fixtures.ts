// Shared set-up for the publishing tests (int and reliability): approved content, linked accounts on the
// local WeChat server, an in-process publish worker, and polling helpers.
import { Worker } from 'bullmq'
import type { Payload } from 'payload'

import type { SessionUser } from '../../src/access/roles'
import { transitionContent } from '../../src/collections/Contents/workflow'
import { createRedis, queuePrefix } from '../../src/jobs/connection'
import { processPublish } from '../../src/jobs/publish/processor'
import { QUEUES } from '../../src/jobs/queues'
import type { withDemoOrganisation } from '../helpers/payload'

type Org = Awaited<ReturnType<typeof withDemoOrganisation>>

export async function approvedContent(payload: Payload, org: Org, title = `测试内容 ${Date.now()}`) {
  const doc = await payload.create({
    collection: 'contents',
    data: {
      title,
      master: '锦程银行冬至暖心活动，欢迎到网点领取汤圆。',
      variants: {
        group: { enabled: true, text: `【${title}】锦程银行冬至暖心活动，欢迎到网点领取汤圆。` },
        moments: { enabled: true, text: `${title}：冬至快乐，锦程银行陪你过节。`, link: 'https://www.jcbank.demo/dongzhi' },
        video: { enabled: false },
        article: { enabled: false },
      },
    } as never,
    user: org.editor as never,
    overrideAccess: false,
    depth: 0,
  })
  await transitionContent(payload, { id: String(doc.id), to: 'in_review', user: org.editor as unknown as SessionUser })
  await transitionContent(payload, { id: String(doc.id), to: 'approved', user: org.reviewer as unknown as SessionUser })
  return String(doc.id)
}

export async function linkAccount(payload: Payload, data: Record<string, unknown>) {
  const doc = await payload.create({ collection: 'channel-accounts', data: { name: `账号 ${Math.random().toString(36).slice(2, 8)}`, ...data } as never, overrideAccess: true, depth: 0 })
  return String(doc.id)
}

export async function schedule(payload: Payload, content: string, account: string, plannedAt: Date | string, extra: Record<string, unknown> = {}) {
  const doc = await payload.create({
    collection: 'publications',
    data: { content, account, plannedAt: new Date(plannedAt).toISOString(), ...extra } as never,
    overrideAccess: true,
    depth: 0,
  })
  return String(doc.id)
}

/** The publish queue's worker in this process (the reliability tests use real worker processes instead). */
export async function publishWorker(payload: Payload, concurrency = 4): Promise<Worker> {
  const w = new Worker(QUEUES.publish, (job) => processPublish(job, { payload }), { connection: createRedis('worker'), prefix: queuePrefix(), concurrency })
  await w.waitUntilReady()
  return w
}

export async function waitFor<T>(fn: () => Promise<T | undefined | null | false>, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const v = await fn()
    if (v) return v
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

export const pub = async (payload: Payload, id: string) =>
  (await payload.findByID({ collection: 'publications', id, depth: 0, overrideAccess: true })) as unknown as Record<string, any>
