// Linked accounts (secrets sealed, never returned), and the publishing REST actions over real HTTP with
// each role: plan (approved content only, next free slots, quota warnings), reschedule, cancel, 今日待发, done.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { decryptSecret } from '../../src/lib/crypto'
import { closeQueues, getQueue, QUEUES } from '../../src/jobs/queues'
import { publishJobId } from '../../src/jobs/publish/enqueue'
import { DEMO_ACCOUNTS } from '../helpers/fake-wechat/accounts'
import { startFakeWechat, type FakeWechat } from '../helpers/fake-wechat/server'
import { testPayload, withDemoOrganisation } from '../helpers/payload'
import { startRestServer, type RestServer } from '../helpers/rest'
import { approvedContent, linkAccount } from '../reliability/fixtures'

const PASSWORD = 'Matrix@2026'
let payload: Payload
let org: Awaited<ReturnType<typeof withDemoOrganisation>>
let rest: RestServer
let fake: FakeWechat
const token: Record<string, string> = {}
let accountId: string

beforeAll(async () => {
  payload = await testPayload()
  org = await withDemoOrganisation(payload)
  rest = await startRestServer()
  fake = await startFakeWechat()
  for (const who of ['admin', 'editor', 'reviewer', 'manager01', 'manager06']) token[who] = await rest.login(`${who}@jcbank.demo`, PASSWORD)
})
afterAll(async () => {
  await rest?.close()
  await fake?.close()
  await closeQueues()
})

describe('linked accounts', () => {
  const app = DEMO_ACCOUNTS.oaApps[0]!

  it('an admin links an account: the secret is sealed at rest and never returned', async () => {
    const r = await rest.call('POST', '/api/channel-accounts', {
      token: token.admin,
      body: { name: '锦程银行订阅号', kind: 'oa_subscription', identifier: app.appId, secret: app.appSecret, baseUrl: fake.url, branch: org.branchByCode.get('0001') },
    })
    expect(r.status).toBe(201)
    accountId = r.json.doc.id
    const text = JSON.stringify(r.json)
    expect(text).not.toContain(app.appSecret)
    expect(r.json.doc.credentialsSealed).toBeUndefined()
    expect(r.json.doc.secret).toBeUndefined()
    expect(r.json.doc.credentialsHint).toBe(`••••••${app.appSecret.slice(-4)}`)
    const raw = (await payload.db.findOne({ collection: 'channel-accounts', where: { id: { equals: accountId } } })) as any
    expect(raw.credentialsSealed).toMatch(/^v1:/)
    expect(raw.credentialsSealed).not.toContain(app.appSecret)
    expect(JSON.parse(decryptSecret(raw.credentialsSealed)).secret).toBe(app.appSecret)
  })

  it('no API returns sealed fields: REST read, Local API as a user, GraphQL', async () => {
    const r = await rest.call('GET', `/api/channel-accounts/${accountId}`, { token: token.admin })
    expect(r.status).toBe(200)
    expect(r.json.credentialsSealed).toBeUndefined()
    expect(r.json.tokenSealed).toBeUndefined()
    const local = (await payload.findByID({ collection: 'channel-accounts', id: accountId, user: org.admin as never, overrideAccess: false })) as any
    expect(local.credentialsSealed).toBeUndefined()
    const g = await rest.call('POST', '/api/graphql', { token: token.admin, body: { query: `{ ChannelAccount(id: "${accountId}") { name credentialsSealed } }` } })
    expect(JSON.stringify(g.json)).not.toMatch(/v1:/)
  })

  it('only admins link accounts or test connections', async () => {
    const r = await rest.call('POST', '/api/channel-accounts', { token: token.editor, body: { name: 'x', kind: 'wecom_robot', secret: 'abcdefgh1234' } })
    expect(r.status).toBe(403)
    const t = await rest.call('POST', `/api/channel-accounts/${accountId}/test-connection`, { token: token.editor })
    expect(t.status).toBe(403)
  })

  it('test connection fetches a token and records health; a wrong secret says "re-link"', async () => {
    const ok = await rest.call('POST', `/api/channel-accounts/${accountId}/test-connection`, { token: token.admin })
    expect(ok.json.ok).toBe(true)
    const bad = await linkAccount(payload, { kind: 'oa_service', identifier: DEMO_ACCOUNTS.oaApps[1]!.appId, secret: 'wrong-secret-0000', baseUrl: fake.url })
    const r = await rest.call('POST', `/api/channel-accounts/${bad}/test-connection`, { token: token.admin })
    expect(r.json.ok).toBe(false)
    const row = await payload.findByID({ collection: 'channel-accounts', id: bad, overrideAccess: true, depth: 0 })
    expect(row.health).toBe('needs_reconnect')
    expect(row.lastError).toMatch(/ \/ /)
  })

  it('a manager sees the accounts of their branch and their own, not others', async () => {
    const mine = await linkAccount(payload, { kind: 'personal_moments', name: '我的朋友圈', manager: org.manager.id, branch: org.manager.branch })
    const other = await linkAccount(payload, { kind: 'personal_moments', name: '别人的朋友圈', manager: org.otherManager.id, branch: org.otherManager.branch })
    const r = await rest.call('GET', '/api/channel-accounts?limit=100', { token: token.manager01 })
    const ids = r.json.docs.map((d: any) => d.id)
    expect(ids).toContain(mine)
    expect(ids).not.toContain(other)
    expect(ids).not.toContain(accountId)
  })
})

describe('publishing actions', () => {
  let content: string
  let robot: string
  let moments: string

  beforeAll(async () => {
    content = await approvedContent(payload, org, '接口测试')
    robot = await linkAccount(payload, { kind: 'wecom_robot', secret: DEMO_ACCOUNTS.robotKeys[1], baseUrl: fake.url, branch: org.branchByCode.get('1101') })
    moments = await linkAccount(payload, { kind: 'personal_moments', manager: org.manager.id, branch: org.manager.branch })
  })

  it('only editors and admins plan; only approved content; a variant the content lacks is refused', async () => {
    const m = await rest.call('POST', '/api/publications/plan', { token: token.manager01, body: { content, items: [{ account: robot }] } })
    expect(m.status).toBe(403)
    const draft = await payload.create({ collection: 'contents', data: { title: '草稿', variants: { group: { enabled: true, text: '草稿' } } } as never, user: org.editor as never, overrideAccess: false })
    const d = await rest.call('POST', '/api/publications/plan', { token: token.editor, body: { content: draft.id, items: [{ account: robot }] } })
    expect(d.status).toBe(400)
    expect(d.json.errors[0].message).toMatch(/审核通过.*\/.*approved/)
    const oa = await rest.call('POST', '/api/publications/plan', { token: token.editor, body: { content, items: [{ account: accountId }] } })
    expect(oa.status).toBe(400)
    expect(oa.json.errors[0].message).toMatch(/article/)
  })

  it('plans at the next free slots, then reschedules and cancels', async () => {
    const r = await rest.call('POST', '/api/publications/plan', { token: token.editor, body: { content, items: [{ account: robot }, { account: robot }] } })
    expect(r.status).toBe(201)
    const [a, b] = r.json.created
    expect(Math.abs(Date.parse(b.plannedAt) - Date.parse(a.plannedAt))).toBeGreaterThanOrEqual(3_600_000)
    const beijingHour = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).getUTCHours()
    expect(beijingHour(a.plannedAt)).toBeGreaterThanOrEqual(8)
    expect(beijingHour(a.plannedAt)).toBeLessThan(21)
    expect(await getQueue(QUEUES.publish).getJobState(publishJobId(a.id))).toBe('delayed')
    expect((await payload.findByID({ collection: 'contents', id: content, depth: 0, overrideAccess: true })).status).toBe('scheduled')

    const later = new Date(Date.parse(a.plannedAt) + 86_400_000).toISOString()
    const moved = await rest.call('POST', `/api/publications/${a.id}/reschedule`, { token: token.editor, body: { plannedAt: later } })
    expect(moved.status).toBe(200)
    const job = await getQueue(QUEUES.publish).getJob(publishJobId(a.id))
    expect(Math.abs(job!.timestamp + job!.delay - Date.parse(later))).toBeLessThan(2_000)

    const c = await rest.call('POST', `/api/publications/${b.id}/cancel`, { token: token.editor })
    expect(c.json.publication.status).toBe('cancelled')
    expect(await getQueue(QUEUES.publish).getJob(publishJobId(b.id))).toBeUndefined()
    const again = await rest.call('POST', `/api/publications/${b.id}/cancel`, { token: token.editor })
    expect(again.status).toBe(409)
    const plain = await rest.call('PATCH', `/api/publications/${a.id}`, { token: token.admin, body: { status: 'published' } })
    expect(plain.status).toBe(403)
  })

  it('warns before a plan breaks a quota: a subscription account pushes once a day', async () => {
    const c2 = await payload.create({
      collection: 'contents',
      data: { title: '文章', variants: { article: { enabled: true, title: '冬至', digest: '冬至快乐', body: null } } } as never,
      overrideAccess: true,
      context: { contentWorkflow: true },
    })
    await payload.update({ collection: 'contents', id: c2.id, data: { status: 'approved' } as never, overrideAccess: true, context: { contentWorkflow: true } })
    const day = new Date(Date.now() + 2 * 86_400_000)
    day.setUTCHours(2, 0, 0, 0)
    const at = (h: number) => new Date(day.getTime() + h * 3600_000).toISOString()
    const r = await rest.call('POST', '/api/publications/plan', {
      token: token.editor,
      body: { content: c2.id, dryRun: true, items: [{ account: accountId, plannedAt: at(0), massSend: true }, { account: accountId, plannedAt: at(3), massSend: true }] },
    })
    expect(r.status).toBe(200)
    expect(r.json.warnings).toHaveLength(1)
    expect(r.json.warnings[0]).toMatchObject({ rule: 'oa_mass_daily', planned: 2, max: 1 })
    expect(r.json.warnings[0].label.zh).toMatch(/订阅号/)
    const silent = await rest.call('POST', '/api/publications/plan', { token: token.editor, body: { content: c2.id, dryRun: true, items: [{ account: accountId, plannedAt: at(0) }, { account: accountId, plannedAt: at(3) }] } })
    expect(silent.json.warnings).toHaveLength(0)
  })

  it('a manual publication is in the manager’s 今日待发 with its kit; only they (or staff) mark it done', async () => {
    const soon = new Date(Date.now() + 5 * 60_000).toISOString()
    const r = await rest.call('POST', '/api/publications/plan', { token: token.editor, body: { content, items: [{ account: moments, plannedAt: soon }] } })
    const id = r.json.created[0].id
    const list = await rest.call('GET', '/api/publications/today', { token: token.manager01 })
    const item = list.json.items.find((i: any) => i.id === id)
    expect(item.mode).toBe('manual')
    expect(item.kit.copyText).toMatch(/冬至快乐/)
    expect(item.kit.link).toBe('https://www.jcbank.demo/dongzhi')
    const otherList = await rest.call('GET', '/api/publications/today', { token: token.manager06 })
    expect(otherList.json.items.some((i: any) => i.id === id)).toBe(false)
    const notYours = await rest.call('POST', `/api/publications/${id}/done`, { token: token.manager06 })
    expect([403, 404]).toContain(notYours.status)
    const done = await rest.call('POST', `/api/publications/${id}/done`, { token: token.manager01 })
    expect(done.json.publication.status).toBe('done')
  })

  it('the calendar lists the visible rows of a range with their titles', async () => {
    const from = new Date(Date.now() - 86_400_000).toISOString()
    const to = new Date(Date.now() + 30 * 86_400_000).toISOString()
    const r = await rest.call('GET', `/api/publications/calendar?from=${from}&to=${to}`, { token: token.editor })
    expect(r.status).toBe(200)
    expect(r.json.items.length).toBeGreaterThan(0)
    expect(r.json.items[0]).toHaveProperty('accountName')
    const m = await rest.call('GET', `/api/publications/calendar?from=${from}&to=${to}`, { token: token.manager06 })
    expect(m.json.items.every((i: any) => i.account !== robot)).toBe(true)
  })
})
