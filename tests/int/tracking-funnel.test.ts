// The AARRR funnel on the seeded scenario (src/seed/tracking.ts), checked against numbers worked out by
// hand; conversions arrive over real HTTP through POST /api/events with an integration's API key.
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeSharedRedis } from '../../src/jobs/connection'
import { seedTrackingScenario, scenarioEvents } from '../../src/seed/tracking'
import { testPayload, withDemoOrganisation, type TestUser } from '../helpers/payload'
import { startRestServer, type RestServer } from '../helpers/rest'

let payload: Payload
let rest: RestServer
let org: Awaited<ReturnType<typeof withDemoOrganisation>>
let codes: Awaited<ReturnType<typeof seedTrackingScenario>>
let apiKey: string
const tokens: Record<string, string> = {}
const token = async (email: string) => (tokens[email] ??= await rest.login(email, 'Matrix@2026'))

const postEvents = (body: unknown, key = apiKey) =>
  fetch(`${rest.url}/api/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, json: await r.json() }))
const dashboard = async (email: string) => (await rest.call('GET', '/api/analytics/dashboard?campaign=demo-spring-invite', { token: await token(email) })).json

beforeAll(async () => {
  payload = await testPayload()
  org = await withDemoOrganisation(payload)
  codes = await seedTrackingScenario(payload)
  rest = await startRestServer()
})
afterAll(async () => {
  await rest?.close()
  await closeSharedRedis()
})

const stagesOf = (row: any) => ({
  exposure: row.exposure,
  visit: row.visit,
  activation: row.activation,
  retention: row.retention,
  revenue: row.revenue,
  amount: row.amount,
  referral: row.referral,
})
const zero = { exposure: 0, visit: 0, activation: 0, retention: 0, revenue: 0, amount: 0, referral: 0 }
const id = (u: TestUser) => String(u.id)

describe('integrations and POST /api/events', () => {
  it('shows a new API key once and stores only its hash', async () => {
    const created = await rest.call('POST', '/api/integrations', { token: await token('admin@jcbank.demo'), body: { name: '核心系统' } })
    expect(created.status).toBe(201)
    apiKey = created.json.doc.apiKey
    expect(apiKey).toMatch(/^mdk_[\w-]{32}$/)
    const again = await rest.call('GET', `/api/integrations/${created.json.doc.id}`, { token: await token('admin@jcbank.demo') })
    expect(again.json.apiKey ?? null).toBeNull()
    expect(again.json.keyHash).toBeUndefined()
    expect(again.json.keyPrefix).toBe(apiKey.slice(0, 8))
    const asEditor = await rest.call('GET', '/api/integrations', { token: await token('editor@jcbank.demo') })
    expect(asEditor.status).toBe(403)
  })

  it('rejects a wrong key and malformed events with bilingual messages', async () => {
    const bad = await postEvents({ type: 'open_account', externalId: 'x' }, 'mdk_wrong')
    expect(bad.status).toBe(401)
    expect(bad.json.error).toMatch(/API 密钥/)
    const invalid = await postEvents({ events: [{ type: 'teleport', externalId: 'a' }, { type: 'purchase' }] })
    expect(invalid.status).toBe(400)
    expect(invalid.json.problems).toHaveLength(2)
    expect(await payload.count({ collection: 'conversions', overrideAccess: true }).then((c) => c.totalDocs)).toBe(0)
  })

  it('records and attributes the scenario, and answers a retry with duplicates', async () => {
    const events = scenarioEvents(codes)
    const first = await postEvents({ events })
    expect(first.status).toBe(200)
    expect(first.json.accepted).toBe(21)
    expect(first.json.results.filter((r: any) => r.attributed)).toHaveLength(20)
    const retry = await postEvents({ events })
    expect(retry.json).toMatchObject({ accepted: 0, duplicates: 21 })
    // a second-level referral's conversion belongs to the original manager and names the inviter chain
    const viaR2 = (await payload.find({ collection: 'conversions', where: { code: { equals: codes.R2 } }, overrideAccess: true, depth: 0 })).docs[0] as any
    expect(viaR2.manager).toBe(id(org.manager))
    expect(viaR2.referral).toBeTruthy()
    expect(viaR2.inviter).toBe('seed-device-R1-0')
    const r2 = (await payload.find({ collection: 'referrals', where: { code: { equals: codes.R2 } }, overrideAccess: true, depth: 0 })).docs[0] as any
    expect(r2.level).toBe(2)
  })
})

describe('the funnel', () => {
  it('equals the hand-computed numbers in total, by channel, branch and manager', async () => {
    const d = await dashboard('editor@jcbank.demo')
    expect(d.scope).toBe('all')
    expect(d.campaigns).toEqual([{ id: 'demo-spring-invite', name: '春季理财节·邀好友赢礼金' }])
    expect(d.totals).toEqual({ exposure: 1460, visit: 45, activation: 14, retention: 2, revenue: 4, amount: 110_000, referral: 5 })

    const byChannel = Object.fromEntries(d.byChannel.map((r: any) => [r.key, stagesOf(r)]))
    expect(byChannel).toEqual({
      poster: { ...zero, visit: 23, activation: 10, retention: 2, revenue: 4, amount: 110_000, referral: 5 },
      wecom_groups: { ...zero, visit: 6, activation: 3 },
      wecom_moments: { ...zero, visit: 4, exposure: 260 },
      oa_subscription: { ...zero, visit: 12, activation: 1, exposure: 1200 },
    })
    const byBranch = Object.fromEntries(d.byBranch.map((r: any) => [r.label, stagesOf(r)]))
    expect(byBranch).toEqual({
      陆家嘴支行: { ...zero, visit: 21, activation: 10, retention: 2, revenue: 2, amount: 70_000, referral: 5 },
      徐汇支行: { ...zero, visit: 8, activation: 3, revenue: 2, amount: 40_000 },
      西湖支行: { ...zero, visit: 4, exposure: 260 },
      未归属机构: { ...zero, visit: 12, activation: 1, exposure: 1200 },
    })
    const byManager = Object.fromEntries(d.byManager.map((r: any) => [r.label, stagesOf(r)]))
    expect(byManager['张伟']).toEqual({ ...zero, visit: 15, activation: 7, retention: 2, revenue: 2, amount: 70_000, referral: 5 })
    expect(byManager['刘洋']).toEqual({ ...zero, visit: 6, activation: 3 })
    expect(byManager['吴婷']).toEqual({ ...zero, visit: 8, activation: 3, revenue: 2, amount: 40_000 })
    expect(byManager['沈一帆']).toEqual({ ...zero, visit: 4, exposure: 260 })
  })

  it('adds up: every breakdown sums to the totals, and the daily series to the visits', async () => {
    const d = await dashboard('admin@jcbank.demo')
    for (const rows of [d.byChannel, d.byBranch, d.byManager]) {
      const sum = { ...zero }
      for (const r of rows) for (const k of Object.keys(zero) as (keyof typeof zero)[]) sum[k] += r[k]
      expect(sum).toEqual(d.totals)
    }
    expect(d.series.reduce((n: number, s: any) => n + s.visits, 0)).toBe(d.totals.visit)
    expect(d.series.reduce((n: number, s: any) => n + s.conversions, 0)).toBe(d.totals.activation + d.totals.retention + d.totals.revenue)
    expect(d.series).toHaveLength(30)
  })

  it('ranks managers by conversions, then referrals', async () => {
    const d = await dashboard('admin@jcbank.demo')
    expect(d.leaderboard.participants).toBe(4)
    expect(d.leaderboard.rows.map((r: any) => [r.rank, r.name, r.conversions, r.referrals, r.amount])).toEqual([
      [1, '张伟', 11, 5, 70_000],
      [2, '吴婷', 5, 0, 40_000],
      [3, '刘洋', 3, 0, 0],
      [4, '沈一帆', 0, 0, 0],
    ])
  })

  it('counts a configurable event type in the stage the admin maps it to', async () => {
    await payload.updateGlobal({
      slug: 'funnel-settings',
      data: {
        eventTypes: [
          { type: 'invite_friend', label: '邀请好友', stage: 'referral' },
          { type: 'open_account', label: '开户', stage: 'activation' },
        ],
      },
      overrideAccess: true,
    })
    const r = await postEvents({ type: 'invite_friend', externalId: 'inv-1', code: codes.L2 })
    expect(r.json.results[0]).toMatchObject({ stage: 'referral', attributed: true })
    const d = await dashboard('admin@jcbank.demo')
    expect(d.totals.referral).toBe(6)
    expect(d.byManager.find((m: any) => m.label === '刘洋').referral).toBe(1)
  })
})

describe('manager scope', () => {
  it('gives a manager only their own figures and rank', async () => {
    const mine = await dashboard('manager01@jcbank.demo')
    expect(mine.scope).toBe('own')
    expect(mine.totals).toEqual({ ...zero, visit: 15, activation: 7, retention: 2, revenue: 2, amount: 70_000, referral: 5 })
    expect(mine.byManager.map((r: any) => r.label)).toEqual(['张伟'])
    expect(mine.leaderboard).toMatchObject({ participants: 4, rows: [{ rank: 1, name: '张伟' }] })
    const other = await dashboard('manager06@jcbank.demo')
    expect(other.leaderboard.rows).toEqual([expect.objectContaining({ rank: 2, name: '吴婷', conversions: 5 })])
    expect(other.byManager.map((r: any) => r.label)).toEqual(['吴婷'])
  })

  it('lets a manager read only their own links, scans and conversions, and edit none', async () => {
    const t = await token('manager01@jcbank.demo')
    for (const collection of ['tracking-links', 'scan-events', 'conversions', 'referrals']) {
      const r = await rest.call('GET', `/api/${collection}?limit=100&depth=0`, { token: t })
      expect(r.status).toBe(200)
      expect(r.json.docs.length).toBeGreaterThan(0)
      expect(r.json.docs.every((d: any) => d.manager === id(org.manager))).toBe(true)
    }
    const scan = (await rest.call('GET', '/api/scan-events?limit=1&depth=0', { token: t })).json.docs[0]
    expect((await rest.call('PATCH', `/api/scan-events/${scan.id}`, { token: t, body: { flag: null } })).status).toBe(403)
    expect((await rest.call('PATCH', `/api/scan-events/${scan.id}`, { token: await token('admin@jcbank.demo'), body: { flag: null } })).status).toBe(403)
    expect((await rest.call('POST', '/api/conversions', { token: t, body: { type: 'purchase' } })).status).toBe(403)
    expect((await rest.call('GET', '/api/integrations', { token: t })).status).toBe(403)
    const editorScans = await rest.call('GET', '/api/scan-events?limit=0&depth=0', { token: await token('editor@jcbank.demo') })
    expect(editorScans.json.totalDocs).toBe(51)
  })

  it('exports CSV and XLSX with the same scope', async () => {
    const csv = await fetch(`${rest.url}/api/analytics/export?format=csv&campaign=demo-spring-invite`, {
      headers: { authorization: `JWT ${await token('manager06@jcbank.demo')}` },
    })
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
    const bytes = Buffer.from(await csv.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // BOM: Excel then reads UTF-8
    const text = bytes.toString('utf8')
    expect(text).toMatch(/吴婷/)
    expect(text).not.toMatch(/张伟/)
    const xlsx = await fetch(`${rest.url}/api/analytics/export?format=xlsx&campaign=demo-spring-invite`, {
      headers: { authorization: `JWT ${await token('admin@jcbank.demo')}` },
    })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never)
    expect(book.worksheets.map((w) => w.name)).toEqual(['按渠道', '按机构', '按客户经理', '排行榜', '每日趋势'])
    expect(book.getWorksheet('排行榜')!.getRow(2).values).toEqual([undefined, 1, '张伟', '陆家嘴支行', 15, 5, 11, 70_000])
    expect((await fetch(`${rest.url}/api/analytics/export?format=csv`)).status).toBe(401)
  })
})
