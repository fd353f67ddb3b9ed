// The review workflow: every transition for every role (allowed and refused), own-work approval, edits that
// send reviewed content back to draft, the audit log, listeners, and lint blocking submission.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { transitionContent, TRANSITIONS, WORKFLOW_CONTEXT, CONTENT_STATUSES, type ContentStatus } from '../../src/collections/Contents/workflow'
import { contentStatusListeners, type ContentStatusEvent } from '../../src/lib/content-events'
import { seedContentStudio } from '../../src/seed/content'
import { testPayload, withDemoOrganisation, type TestUser } from '../helpers/payload'

let payload: Payload
let org: Awaited<ReturnType<typeof withDemoOrganisation>>
let ready: Record<string, unknown> // data of a content whose four variants are complete and clean
const events: ContentStatusEvent[] = []
const listener = async (e: ContentStatusEvent) => void events.push(e)

beforeAll(async () => {
  payload = await testPayload()
  org = await withDemoOrganisation(payload)
  await seedContentStudio(payload)
  const approved: any = (await payload.find({ collection: 'contents', where: { status: { equals: 'approved' } }, depth: 0, overrideAccess: true })).docs[0]
  const variants = { ...approved.variants, video: { ...approved.variants.video, topics: approved.variants.video.topics.map((t: any) => ({ tag: t.tag })) } }
  ready = { category: approved.category, master: approved.master, variants, campaign: approved.campaign, topic: approved.topic }
  contentStatusListeners.push(listener)
})
afterAll(() => {
  contentStatusListeners.splice(contentStatusListeners.indexOf(listener), 1)
})

const as = (user: TestUser) => ({ overrideAccess: false as const, user: user as any })
let n = 0
async function contentAt(status: ContentStatus): Promise<string> {
  const doc = await payload.create({ collection: 'contents', data: { title: `测试内容 ${++n}`, ...ready } as any, ...as(org.editor), depth: 0 })
  if (status !== 'draft') {
    await payload.update({ collection: 'contents', id: doc.id, data: { status, submittedBy: org.editor.id } as any, overrideAccess: true, context: { [WORKFLOW_CONTEXT]: true } })
  }
  return String(doc.id)
}
const statusOf = async (id: string) => ((await payload.findByID({ collection: 'contents', id, depth: 0, overrideAccess: true })) as any).status

describe('transition table × roles', () => {
  const actors = ['admin', 'editor', 'reviewer', 'manager', 'system'] as const
  const userOf = (a: (typeof actors)[number]) => (a === 'system' ? null : a === 'manager' ? org.manager : (org as any)[a])

  for (const rule of TRANSITIONS) {
    for (const actor of actors) {
      const allowed = (rule.by as string[]).includes(actor)
      it(`${rule.from} → ${rule.to} by ${actor}: ${allowed ? 'allowed' : 'refused'}`, async () => {
        const id = await contentAt(rule.from)
        const attempt = transitionContent(payload, { id, to: rule.to, user: userOf(actor) as any, reason: '理由：测试用例' })
        if (allowed) {
          await expect(attempt).resolves.toMatchObject({ status: rule.to })
          expect(await statusOf(id)).toBe(rule.to)
          const log: any = (await payload.find({ collection: 'content-transitions', where: { content: { equals: id } }, depth: 0, overrideAccess: true })).docs
          expect(log).toHaveLength(1)
          expect(log[0]).toMatchObject({ from: rule.from, to: rule.to, by: userOf(actor)?.id ?? null, reason: '理由：测试用例' })
          expect(events.at(-1)).toMatchObject({ contentId: id, from: rule.from, to: rule.to })
        } else {
          await expect(attempt).rejects.toMatchObject({ status: 403 })
          expect(await statusOf(id)).toBe(rule.from)
        }
      })
    }
  }

  it('refuses every pair that is not in the table, even for the roles that make other transitions', async () => {
    for (const from of CONTENT_STATUSES) {
      const id = await contentAt(from)
      for (const to of CONTENT_STATUSES) {
        if (TRANSITIONS.some((t) => t.from === from && t.to === to)) continue
        for (const user of [org.admin, org.editor, org.reviewer, null]) {
          await expect(transitionContent(payload, { id, to, user: user as any, reason: '测试' })).rejects.toMatchObject({ status: 409 })
        }
      }
      expect(await statusOf(id)).toBe(from)
    }
  })
})

describe('workflow rules', () => {
  it('a rejection needs a reason, and the reason is kept in the audit log', async () => {
    const id = await contentAt('in_review')
    await expect(transitionContent(payload, { id, to: 'rejected', user: org.reviewer as any })).rejects.toMatchObject({ status: 400 })
    await transitionContent(payload, { id, to: 'rejected', user: org.reviewer as any, reason: '请补充风险提示' })
    const log: any = (await payload.find({ collection: 'content-transitions', where: { content: { equals: id } }, overrideAccess: true, depth: 0 })).docs
    expect(log[0]).toMatchObject({ to: 'rejected', reason: '请补充风险提示', by: org.reviewer.id })
  })

  it('nobody approves their own work', async () => {
    const doc = await payload.create({ collection: 'contents', data: { title: '审核员自己写的', ...ready } as any, overrideAccess: true, user: org.reviewer as any, depth: 0 })
    await transitionContent(payload, { id: String(doc.id), to: 'in_review', user: org.editor as any })
    await expect(transitionContent(payload, { id: String(doc.id), to: 'approved', user: org.reviewer as any })).rejects.toMatchObject({ status: 403 })
    expect(await statusOf(String(doc.id))).toBe('in_review')
  })

  it('editing approved content sends it back to draft, logs it and tells the listeners; a no-op save does not', async () => {
    const id = await contentAt('in_review')
    await transitionContent(payload, { id, to: 'approved', user: org.reviewer as any })
    await payload.update({ collection: 'contents', id, data: { title: (await payload.findByID({ collection: 'contents', id, overrideAccess: true })).title }, ...as(org.editor) })
    expect(await statusOf(id)).toBe('approved')
    const updated: any = await payload.update({ collection: 'contents', id, data: { master: '改过的主文案' }, ...as(org.editor), depth: 0 })
    expect(updated).toMatchObject({ status: 'draft', approvedBy: null, approvedAt: null })
    const log: any = (await payload.find({ collection: 'content-transitions', where: { content: { equals: id } }, sort: 'at', overrideAccess: true, depth: 0 })).docs
    expect(log.map((l: any) => `${l.from}>${l.to}`)).toEqual(['in_review>approved', 'approved>draft'])
    expect(events.at(-1)).toMatchObject({ contentId: id, from: 'approved', to: 'draft' })
  })

  it('scheduled content edited goes back to draft too; published content cannot be edited', async () => {
    const scheduled = await contentAt('scheduled')
    await payload.update({ collection: 'contents', id: scheduled, data: { master: '改' }, ...as(org.editor) })
    expect(await statusOf(scheduled)).toBe('draft')
    const published = await contentAt('published')
    await expect(payload.update({ collection: 'contents', id: published, data: { master: '改' }, ...as(org.editor) })).rejects.toMatchObject({ status: 409 })
  })

  it('a plain save cannot set the status or the approval fields', async () => {
    const id = await contentAt('draft')
    const doc: any = await payload.update({ collection: 'contents', id, data: { status: 'approved', approvedBy: org.editor.id, stale: true } as any, ...as(org.editor), depth: 0 })
    expect(doc).toMatchObject({ status: 'draft', approvedBy: null, stale: false })
    const created: any = await payload.create({ collection: 'contents', data: { title: '直接已发布？', status: 'published' } as any, ...as(org.editor), depth: 0 })
    expect(created.status).toBe('draft')
  })

  it('block-severity lint hits stop submission; after the fix it goes through', async () => {
    const id = await contentAt('draft')
    await payload.update({ collection: 'contents', id, data: { variants: { moments: { text: '年末最稳妥的选择，稳赚不赔！' } } } as any, ...as(org.editor) })
    const doc: any = await payload.findByID({ collection: 'contents', id, overrideAccess: true, depth: 0 })
    expect(doc.lint.blocked).toBe(true)
    const hits = doc.lint.sections.find((s: any) => s.key === 'moments').fields[0].hits
    expect(hits.map((h: any) => h.matched)).toEqual(expect.arrayContaining(['最', '稳赚不赔']))
    await expect(transitionContent(payload, { id, to: 'in_review', user: org.editor as any })).rejects.toMatchObject({ status: 422 })
    await payload.update({ collection: 'contents', id, data: { variants: { moments: { text: '年末资金安排，欢迎咨询您的客户经理。' } } } as any, ...as(org.editor) })
    await expect(transitionContent(payload, { id, to: 'in_review', user: org.editor as any })).resolves.toMatchObject({ status: 'in_review', submittedBy: org.editor.id })
  })

  it('content of a campaign takes the campaign\'s topic when it names none', async () => {
    const doc: any = await payload.create({ collection: 'contents', data: { title: '只选了活动', campaign: ready.campaign } as any, ...as(org.editor), depth: 0 })
    expect(doc.topic).toBe(ready.topic)
  })

  it('wealth content needs the risk disclaimer in every variant that goes out', async () => {
    const id = await contentAt('draft')
    const doc: any = await payload.update({ collection: 'contents', id, data: { category: 'wealth' }, ...as(org.editor), depth: 0 })
    expect(doc.lint.blocked).toBe(true)
    expect(doc.lint.sections.every((s: any) => s.missingRequired.some((h: any) => h.pattern.includes('理财有风险')))).toBe(true)
  })

  it('two reviewers approving at once: exactly one wins', async () => {
    const id = await contentAt('in_review')
    const second = { ...org.user('admin@jcbank.demo'), role: 'reviewer', id: org.admin.id }
    const results = await Promise.allSettled([
      transitionContent(payload, { id, to: 'approved', user: org.reviewer as any }),
      transitionContent(payload, { id, to: 'rejected', user: second as any, reason: '并发驳回' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const log = await payload.count({ collection: 'content-transitions', where: { content: { equals: id } }, overrideAccess: true })
    expect(log.totalDocs).toBe(1)
  })
})
