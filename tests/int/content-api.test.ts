// Content studio over REST and the Local API with overrideAccess: false — access per role, the transition
// and lint endpoints, channel limits, topic import, the audit log's read-only rule, stale topics and alerts.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentLeadTimeAlerts } from '../../src/components/admin/content/alerts'
import { markStale } from '../../src/jobs/content/stale'
import { DEMO_PASSWORD } from '../../src/seed/demo-people'
import { seedContentStudio } from '../../src/seed/content'
import { testPayload, withDemoOrganisation } from '../helpers/payload'
import { startRestServer, type RestServer } from '../helpers/rest'

let payload: Payload
let org: Awaited<ReturnType<typeof withDemoOrganisation>>
let rest: RestServer
const token: Record<string, string> = {}
const demo: Record<string, any> = {}

beforeAll(async () => {
  payload = await testPayload()
  org = await withDemoOrganisation(payload)
  await seedContentStudio(payload)
  rest = await startRestServer()
  for (const who of ['admin', 'editor', 'reviewer', 'manager01', 'manager06']) token[who] = await rest.login(`${who}@jcbank.demo`, DEMO_PASSWORD)
  for (const d of (await payload.find({ collection: 'contents', depth: 0, overrideAccess: true })).docs as any[]) demo[d.status] = d
})
afterAll(async () => {
  await rest?.close()
})

const as = (user: unknown) => ({ overrideAccess: false as const, user: user as any })

describe('seed', () => {
  it('seeds rules, segments, 12 months of festivals and a demo campaign with three contents', async () => {
    expect((await payload.count({ collection: 'compliance-rules' })).totalDocs).toBeGreaterThanOrEqual(30)
    expect((await payload.count({ collection: 'segments' })).totalDocs).toBeGreaterThanOrEqual(40)
    const festivals: any = await payload.find({ collection: 'topics', where: { source: { equals: '节日节气' } }, limit: 200, depth: 0 })
    const names = festivals.docs.map((t: any) => t.title).join(' ')
    for (const n of ['春节', '元宵', '妇女节', '清明', '劳动节', '端午', '618', '七夕', '中秋', '国庆', '双11', '冬至']) expect(names).toContain(n)
    expect(festivals.docs.find((t: any) => t.festivalKey === 'mid-autumn-2027')?.festivalDate).toBe('2027-09-15')
    expect(Object.keys(demo).sort()).toEqual(['approved', 'draft', 'in_review'])
    expect(demo.draft.lint.blocked).toBe(true)
    const before = (await payload.count({ collection: 'topics' })).totalDocs
    await seedContentStudio(payload)
    expect((await payload.count({ collection: 'topics' })).totalDocs).toBe(before)
  })
})

describe('access through the Local API (overrideAccess: false)', () => {
  it('a manager reads only released content of their branch lineage, never drafts', async () => {
    const mine = await payload.find({ collection: 'contents', depth: 0, ...as(org.manager) })
    expect(mine.docs.map((d: any) => d.status)).toEqual(['approved'])
    const other = await payload.create({ collection: 'contents', data: { title: '徐汇支行专属', branch: org.branchByCode.get('1102') } as any, ...as(org.editor) })
    await payload.update({ collection: 'contents', id: other.id, data: { status: 'approved' } as any, overrideAccess: true, context: { contentWorkflow: true } })
    const again = await payload.find({ collection: 'contents', depth: 0, ...as(org.manager) })
    expect(again.docs.map((d: any) => d.id)).not.toContain(other.id)
    expect((await payload.find({ collection: 'contents', depth: 0, ...as(org.otherManager) })).docs.map((d: any) => d.id)).toContain(other.id)
  })

  it('managers and reviewers cannot write content; only admins edit compliance rules', async () => {
    await expect(payload.create({ collection: 'contents', data: { title: 'x' } as any, ...as(org.manager) })).rejects.toThrow()
    await expect(payload.update({ collection: 'contents', id: demo.draft.id, data: { title: 'x' }, ...as(org.reviewer) })).rejects.toThrow()
    const rule = { ruleId: 'test-rule', pattern: '包赚', kind: 'banned-word', severity: 'block', categories: ['all'], reasonZh: '测试', reasonEn: 'test' } as any
    await expect(payload.create({ collection: 'compliance-rules', data: rule, ...as(org.editor) })).rejects.toThrow()
    await expect(payload.create({ collection: 'compliance-rules', data: { ...rule, kind: 'regex', pattern: '(a+)+' }, ...as(org.admin) })).rejects.toThrow(/正则|regex/i)
    await payload.create({ collection: 'compliance-rules', data: rule, ...as(org.admin) })
    const doc: any = await payload.update({ collection: 'contents', id: demo.draft.id, data: { master: '包赚的年末理财' }, ...as(org.editor), depth: 0 })
    expect(doc.lint.sections[0].fields.find((f: any) => f.path === 'master').hits.map((h: any) => h.ruleId)).toContain('test-rule')
  })

  it('editors delete only drafts and rejected content', async () => {
    await expect(payload.delete({ collection: 'contents', id: demo.approved.id, ...as(org.editor) })).rejects.toThrow()
    const doc = await payload.create({ collection: 'contents', data: { title: '待删除' } as any, ...as(org.editor) })
    await payload.delete({ collection: 'contents', id: doc.id, ...as(org.editor) })
  })
})

describe('channel limits', () => {
  const attempt = (variants: unknown) => payload.create({ collection: 'contents', data: { title: '渠道限制', variants } as any, ...as(org.editor) })
  /** The field messages of a refused save (Payload's ValidationError keeps them in data.errors). */
  const refusal = (variants: unknown) =>
    attempt(variants).then(
      () => 'saved',
      (err: any) => (err.data?.errors ?? []).map((e: any) => `${e.path}: ${e.message}`).join('\n'),
    )
  it('refuses over-long variant fields on save with Chinese and English messages', async () => {
    expect(await refusal({ article: { enabled: true, title: '长'.repeat(65) } })).toMatch(/variants\.article\.title: 标题不能超过64个字（当前65个） \/ Title must be at most 64/)
    expect(await refusal({ article: { enabled: true, digest: '摘'.repeat(121) } })).toMatch(/variants\.article\.digest: 摘要不能超过120个字/)
    expect(await refusal({ video: { enabled: true, description: '视'.repeat(995), topics: [{ tag: '冬至快乐' }] } })).toMatch(/variants\.video\.description: 视频描述（含话题）不能超过1000个字/)
    expect(await refusal({ group: { enabled: true, text: '群'.repeat(1334) } })).toMatch(/variants\.group\.text: 社群消息不能超过4000字节/)
    expect(await refusal({ moments: { enabled: true, text: '圈'.repeat(2001) } })).toMatch(/variants\.moments\.text: 朋友圈文案不能超过2000个字/)
    const ten = Array.from({ length: 10 }, () => demo.approved.variants.moments.images[0])
    expect(await refusal({ moments: { enabled: true, text: 'ok', images: ten } })).toMatch(/variants\.moments\.images/)
    // a disabled variant is not checked, and exactly-at-limit passes
    await attempt({ article: { enabled: false, title: '长'.repeat(65) } })
    await attempt({ article: { enabled: true, title: '长'.repeat(64) } })
  })

  it('submission lists what each enabled variant still lacks', async () => {
    const doc = await payload.create({ collection: 'contents', data: { title: '缺素材', variants: { article: { enabled: true, title: '标题' }, video: { enabled: true } } } as any, ...as(org.editor) })
    const r = await rest.call('POST', `/api/contents/${doc.id}/transition`, { token: token.editor, body: { to: 'in_review' } })
    expect(r.status).toBe(422)
    expect(r.json.errors[0].message).toMatch(/正文不能为空.*请上传封面图.*请上传1:1封面小图.*请上传视频文件/s)
  })
})

describe('REST', () => {
  it('POST /api/contents/:id/transition applies role checks over HTTP', async () => {
    const id = demo.in_review.id
    expect((await rest.call('POST', `/api/contents/${id}/transition`, { body: { to: 'approved' } })).status).toBe(401)
    expect((await rest.call('POST', `/api/contents/${id}/transition`, { token: token.manager01, body: { to: 'approved' } })).status).toBe(403)
    expect((await rest.call('POST', `/api/contents/${id}/transition`, { token: token.editor, body: { to: 'approved' } })).status).toBe(403)
    expect((await rest.call('POST', `/api/contents/${id}/transition`, { token: token.reviewer, body: { to: 'rejected' } })).status).toBe(400)
    const ok = await rest.call('POST', `/api/contents/${id}/transition`, { token: token.reviewer, body: { to: 'rejected', reason: '社群消息请补充活动截止时间' } })
    expect(ok).toMatchObject({ status: 200, json: { status: 'rejected' } })
    const log = await rest.call('GET', `/api/content-transitions?where[content][equals]=${id}&sort=-at`, { token: token.editor })
    expect(log.json.docs[0]).toMatchObject({ from: 'in_review', to: 'rejected', reason: '社群消息请补充活动截止时间' })
  })

  it('the audit log is read-only for everybody and hidden from managers', async () => {
    const body = { content: demo.draft.id, from: 'draft', to: 'approved', at: new Date().toISOString() }
    for (const who of ['admin', 'editor', 'reviewer']) expect((await rest.call('POST', '/api/content-transitions', { token: token[who], body })).status).toBe(403)
    const one = (await rest.call('GET', '/api/content-transitions?limit=1', { token: token.admin })).json.docs[0]
    expect((await rest.call('PATCH', `/api/content-transitions/${one.id}`, { token: token.admin, body: { reason: '改' } })).status).toBe(403)
    expect((await rest.call('DELETE', `/api/content-transitions/${one.id}`, { token: token.admin })).status).toBe(403)
    expect((await rest.call('GET', '/api/content-transitions', { token: token.manager01 })).status).toBe(403)
  })

  it('PATCH cannot change status; a manager cannot read a draft', async () => {
    const r = await rest.call('PATCH', `/api/contents/${demo.draft.id}`, { token: token.editor, body: { status: 'approved' } })
    expect(r.json.doc.status).toBe('draft')
    expect((await rest.call('GET', `/api/contents/${demo.draft.id}`, { token: token.manager01 })).status).toBe(404)
  })

  it('POST /api/contents/lint lints unsaved copy for staff only', async () => {
    const body = { category: 'wealth', title: '年末理财', master: '本产品保本保息，收益最高。', variants: { group: { enabled: true, text: '理财有风险，投资需谨慎。' }, video: { enabled: true, topics: 0 } } }
    // (the admin form sends an array field without rows as its row count, 0)
    const r = await rest.call('POST', '/api/contents/lint', { token: token.reviewer, body })
    expect(r.status).toBe(200)
    const master = r.json.sections.find((s: any) => s.key === 'master')
    expect(master.fields.find((f: any) => f.path === 'master').hits.length).toBeGreaterThanOrEqual(2)
    expect(master.missingRequired.length).toBeGreaterThan(0)
    expect(r.json.sections.find((s: any) => s.key === 'group').missingRequired).toEqual([])
    expect((await rest.call('POST', '/api/contents/lint', { token: token.manager01, body })).status).toBe(403)
  })

  it('POST /api/topics/import takes CSV (multipart) and JSON, upserts by source+title and reports bad rows', async () => {
    const csv = 'title,source,heat,firstSeen,windowEnd,tags,angles\n个人养老金开户季,weibo,88,2026-11-20 09:00,2026-12-31 23:59,养老金;个人养老金,年末缴存提醒|税前扣除\n坏行,unknown,200,,,,\n'
    const form = new FormData()
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'topics.csv')
    const r = await fetch(`${rest.url}/api/topics/import`, { method: 'POST', headers: { authorization: `JWT ${token.editor}` }, body: form })
    const json = await r.json()
    expect(r.status).toBe(200)
    expect(json.created).toBe(1)
    expect(json.errors.map((e: any) => e.row)).toEqual([2, 2])
    const again = await rest.call('POST', '/api/topics/import', { token: token.editor, body: { filename: 't.json', content: JSON.stringify([{ title: '个人养老金开户季', source: '微博', heat: 95 }]) } })
    expect(again.json).toMatchObject({ created: 0, updated: 1 })
    const topic: any = (await payload.find({ collection: 'topics', where: { title: { equals: '个人养老金开户季' } }, depth: 0 })).docs[0]
    expect(topic).toMatchObject({ heat: 95, source: '微博热搜' })
    expect((await rest.call('POST', '/api/topics/import', { token: token.manager01, body: { content: '[]' } })).status).toBe(403)
    expect((await rest.call('POST', '/api/topics/import', { token: token.editor, body: { content: '{bad' } })).status).toBe(400)
  })

  it('POST /api/topics/:id/campaign starts a 借势 campaign linked to the topic', async () => {
    const topic: any = (await payload.find({ collection: 'topics', where: { festivalKey: { like: 'mid-autumn-' } }, depth: 0 })).docs[0]
    const r = await rest.call('POST', `/api/topics/${topic.id}/campaign`, { token: token.editor })
    expect(r.status).toBe(201)
    const campaign: any = await payload.findByID({ collection: 'campaigns', id: r.json.id, depth: 0 })
    expect(campaign).toMatchObject({ kind: 'trend', topic: topic.id, branch: org.editor.branch })
  })
})

describe('stale topics and lead-time alerts', () => {
  it('a topic past its window is marked stale with its unpublished content', async () => {
    const past = new Date(Date.now() - 3600_000).toISOString()
    const topic = await payload.create({ collection: 'topics', data: { title: '已过气的热搜', source: '抖音', heat: 70, firstSeen: new Date(Date.now() - 86_400_000).toISOString(), windowEnd: new Date(Date.now() + 60_000).toISOString() } as any, overrideAccess: true })
    const content = await payload.create({ collection: 'contents', data: { title: '蹭热点', topic: topic.id } as any, ...as(org.editor) })
    expect((content as any).stale).toBe(false)
    await payload.db.updateOne({ collection: 'topics', id: topic.id, data: { windowEnd: past } })
    expect(await markStale(payload)).toMatchObject({ topics: 1, contents: 1 })
    expect((await payload.findByID({ collection: 'contents', id: content.id, depth: 0 }) as any).stale).toBe(true)
    expect((await payload.findByID({ collection: 'topics', id: topic.id, depth: 0 }) as any).stale).toBe(true)
    expect(await markStale(payload)).toEqual({ topics: 0, contents: 0 })
  })

  it('alerts festivals in their lead time with the approved-content count', async () => {
    const dongzhi: any = (await payload.find({ collection: 'topics', where: { festivalKey: { like: 'dongzhi-' } }, sort: 'windowEnd', depth: 0 })).docs[0]
    const day = new Date(`${dongzhi.festivalDate}T12:00:00+08:00`)
    const alerts = await contentLeadTimeAlerts(payload, new Date(day.getTime() - 5 * 86_400_000))
    const alert = alerts.find((a) => a.festival.key === dongzhi.festivalKey)!
    expect(alert).toMatchObject({ daysLeft: 5, approved: 1, topicId: dongzhi.id, due: true })
    expect(alert.messageZh).toBe('冬至 还有5天 — 1 条已审核内容')
    const early = (await contentLeadTimeAlerts(payload, new Date(day.getTime() - 20 * 86_400_000))).find((a) => a.festival.key === dongzhi.festivalKey)!
    expect(early).toMatchObject({ daysLeft: 20, due: false, festival: { leadDays: 7 } })
  })
})
