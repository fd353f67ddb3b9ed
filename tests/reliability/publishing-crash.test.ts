// Crashes of real worker processes around the creating request, against the local WeChat/WeCom server.
// Each scenario counts the posts the server received: exactly once, or flagged for verification.
import sharp from 'sharp'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeQueues, getQueue, QUEUES } from '../../src/jobs/queues'
import { DEMO_ACCOUNTS } from '../helpers/fake-wechat/accounts'
import { startFakeWechat, type FakeWechat } from '../helpers/fake-wechat/server'
import { testPayload, withDemoOrganisation } from '../helpers/payload'
import { startProcess, type Started } from '../helpers/processes'
import { approvedContent, linkAccount, pub, schedule, waitFor } from './fixtures'

let payload: Payload
let fake: FakeWechat
let worker: Started | undefined
let content: string
const accounts: Record<string, string> = {}
const STALL_MS = 150_000
const lexical = (text: string) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [
    { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] },
  ] },
})

// the test process pushed the schema already; a restarted worker must not push it again
const startWorker = async () => (worker = await startProcess('src/worker.ts', 'worker-ready', { ...process.env, MATRIXDESK_CHANNEL_TIMEOUT_MS: '60000', MATRIXDESK_NO_PUSH: '1' }))
const posts = (kind: string, account: string) => fake.state.posts.filter((p) => p.kind === kind && p.account === account)
const reconcileNow = () => getQueue(QUEUES.reconcile).add('reconcile', {})

beforeAll(async () => {
  payload = await testPayload()
  const org = await withDemoOrganisation(payload)
  fake = await startFakeWechat()
  content = await approvedContent(payload, org, '可靠性测试')
  // an article variant with a real cover so the 公众号 path runs end to end
  const png = await sharp({ create: { width: 900, height: 383, channels: 3, background: '#b3152a' } }).png().toBuffer()
  const cover = await payload.create({ collection: 'media', data: { alt: '封面' }, file: { data: png, mimetype: 'image/png', name: 'cover.png', size: png.length }, overrideAccess: true })
  await payload.update({
    collection: 'contents',
    id: content,
    data: { variants: { article: { enabled: true, title: '冬至暖心', digest: '冬至快乐', cover: cover.id, body: lexical('冬至到了，锦程银行祝您阖家团圆。') } } } as never,
    overrideAccess: true,
    context: { contentWorkflow: true },
  })
  const [sub, svc] = DEMO_ACCOUNTS.oaApps
  accounts.sub = await linkAccount(payload, { kind: 'oa_subscription', identifier: sub!.appId, secret: sub!.appSecret, baseUrl: fake.url })
  accounts.svc = await linkAccount(payload, { kind: 'oa_service', identifier: svc!.appId, secret: svc!.appSecret, baseUrl: fake.url })
  accounts.robot = await linkAccount(payload, { kind: 'wecom_robot', secret: DEMO_ACCOUNTS.robotKeys[0], baseUrl: fake.url })
  await startWorker()
})

afterAll(async () => {
  await worker?.stop('SIGKILL')
  await closeQueues()
  await fake?.close()
})

describe('worker crashes', () => {
  it('SIGKILL before the creating request left, then restart: one post, one published row', async () => {
    fake.setFaults({ latencyMs: 2_000 })
    const id = await schedule(payload, content, accounts.sub!, new Date(Date.now() + 300), { massSend: true })
    await waitFor(async () => {
      const row = await pub(payload, id)
      return row.status === 'publishing' && !row.createStep
    }, 30_000, 'claimed, nothing sent yet')
    await worker!.stop('SIGKILL')
    fake.setFaults({ latencyMs: 0 })
    await startWorker()
    const row = await waitFor(async () => ((await pub(payload, id)).status === 'published' ? pub(payload, id) : null), STALL_MS, 'published after restart')
    expect(posts('oa_mass', DEMO_ACCOUNTS.oaApps[0]!.appId)).toHaveLength(1)
    expect(row.attempts).toBe(2)
    expect(row.platformId).toMatch(/^mass:/)
  })

  it('SIGKILL after the platform accepted, before our write: needs_verification and never a second post', async () => {
    fake.setFaults({ hangNext: 2 })
    const mass = await schedule(payload, content, accounts.svc!, new Date(Date.now() + 300), { massSend: true })
    const robot = await schedule(payload, content, accounts.robot!, new Date(Date.now() + 300))
    await waitFor(async () => posts('oa_mass', DEMO_ACCOUNTS.oaApps[1]!.appId).length === 1 && posts('robot', DEMO_ACCOUNTS.robotKeys[0]!).length === 1, 30_000, 'both accepted')
    await worker!.stop('SIGKILL')
    await startWorker()
    for (const id of [mass, robot]) await waitFor(async () => (await pub(payload, id)).status === 'needs_verification', STALL_MS, 'flagged')
    expect((await pub(payload, robot)).lastError).toMatch(/webhook\/send#1/)
    // verification: the mass send is checked by repeating its clientmsgid (WeChat answers 45065, no push);
    // a robot message has no id to check, so it waits for a person
    await reconcileNow()
    await waitFor(async () => (await pub(payload, mass)).status === 'published', 30_000, 'verified')
    await reconcileNow()
    await new Promise((r) => setTimeout(r, 3_000))
    expect((await pub(payload, robot)).status).toBe('needs_verification')
    expect(posts('oa_mass', DEMO_ACCOUNTS.oaApps[1]!.appId)).toHaveLength(1)
    expect(posts('robot', DEMO_ACCOUNTS.robotKeys[0]!)).toHaveLength(1)
  })

  it('SIGTERM during a publish: the job finishes, the row is published, the worker exits 0', async () => {
    fake.setFaults({ latencyMs: 2_500 })
    const before = posts('robot', DEMO_ACCOUNTS.robotKeys[0]!).length
    const id = await schedule(payload, content, accounts.robot!, new Date(Date.now() + 300))
    await waitFor(async () => Boolean((await pub(payload, id)).createStep), 30_000, 'request left')
    const code = await worker!.stop('SIGTERM')
    fake.setFaults({ latencyMs: 0 })
    expect(code).toBe(0)
    const row = await pub(payload, id)
    expect(row.status).toBe('published')
    expect(posts('robot', DEMO_ACCOUNTS.robotKeys[0]!).length - before).toBe(1)
    worker = undefined
  })
})
