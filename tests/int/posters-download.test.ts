// Posters end to end over real HTTP with a real worker process: the review gate, each manager's own copy
// (ETag/304, own tracking link, different bytes), refused routes, the Express alias and the bulk ZIP.
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import express from 'express'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

process.env.POSTER_DATA_DIR = path.join(process.env.MATRIXDESK_TEST_DIR!, 'poster-data')

import { transitionPoster } from '../../src/collections/Posters/workflow'
import { closeQueues, getQueue, QUEUES } from '../../src/jobs/queues'
import { postersRouter } from '../../src/routes/posters'
import { seedPosters } from '../../src/seed/posters'
import { DEMO_PASSWORD } from '../../src/seed/demo-people'
import { testPayload, withDemoOrganisation } from '../helpers/payload'
import { startProcess, type Started } from '../helpers/processes'
import { startRestServer, type RestServer } from '../helpers/rest'

let payload: Payload
let org: Awaited<ReturnType<typeof withDemoOrganisation>>
let worker: Started
let rest: RestServer
const tokens: Record<string, string> = {}
let approvedId: string

const get = (url: string, token?: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers: { ...headers, ...(token ? { authorization: `JWT ${token}` } : {}) } })

async function newPoster(title: string, slots: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const template = (await payload.find({ collection: 'poster-templates', where: { key: { equals: 'hot-topic' } }, limit: 1, overrideAccess: true })).docs[0]
  return payload.create({ collection: 'posters', data: { title, template: template.id, slots, ...extra } as never, user: org.editor, overrideAccess: false })
}

async function approve(id: string) {
  await transitionPoster(payload, { id, to: 'in_review', user: org.editor as never })
  await transitionPoster(payload, { id, to: 'approved', user: org.reviewer as never })
}

/** Entry names from a ZIP's central directory. */
function zipEntries(buf: Buffer): string[] {
  const names: string[] = []
  for (let i = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0 && i < buf.length; ) {
    i = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), names.length ? i : 0)
    if (i < 0) break
    const nameLen = buf.readUInt16LE(i + 28)
    names.push(buf.toString('utf8', i + 46, i + 46 + nameLen))
    i += 46 + nameLen + buf.readUInt16LE(i + 30) + buf.readUInt16LE(i + 32)
  }
  return names
}

beforeAll(async () => {
  payload = await testPayload()
  org = await withDemoOrganisation(payload)
  await seedPosters(payload)
  worker = await startProcess('src/worker.ts', 'worker-ready')
  rest = await startRestServer()
  for (const email of ['admin@jcbank.demo', 'editor@jcbank.demo', 'manager01@jcbank.demo', 'manager02@jcbank.demo', 'manager06@jcbank.demo']) tokens[email] = await rest.login(email, DEMO_PASSWORD)
  approvedId = String((await newPoster('测试海报', { headline: '秋日理财节，锦程陪您过', points: ['活动期间开户即送好礼'] })).id)
  await approve(approvedId)
})

afterAll(async () => {
  await rest?.close()
  await closeQueues()
  await worker?.stop()
})

describe('review gate', () => {
  it('a draft poster is invisible to managers (404) and not downloadable by staff (403)', async () => {
    const draft = await newPoster('草稿海报', { headline: '还没审核的海报' })
    expect((await get(`${rest.url}/api/posters/${draft.id}/me.jpg`, tokens['manager01@jcbank.demo'])).status).toBe(404)
    expect((await get(`${rest.url}/api/posters/${draft.id}/me.jpg`, tokens['admin@jcbank.demo'])).status).toBe(403)
    expect((await get(`${rest.url}/api/posters/${draft.id}/me.jpg`)).status).toBe(401)
  })

  it('only reviewers approve; editing an approved poster sends it back to draft, all in the history', async () => {
    const p = await newPoster('工作流海报', { headline: '工作流测试' })
    await transitionPoster(payload, { id: String(p.id), to: 'in_review', user: org.editor as never })
    await expect(transitionPoster(payload, { id: String(p.id), to: 'approved', user: org.editor as never })).rejects.toMatchObject({ status: 403 })
    await expect(transitionPoster(payload, { id: String(p.id), to: 'approved', user: org.admin as never })).rejects.toMatchObject({ status: 403 })
    await transitionPoster(payload, { id: String(p.id), to: 'approved', user: org.reviewer as never })
    const edited = await payload.update({ collection: 'posters', id: p.id, data: { slots: { headline: '改过的标题' } }, user: org.editor, overrideAccess: false })
    expect(edited.status).toBe('draft')
    expect((edited.history ?? []).map((h) => `${h.from}>${h.to}`)).toEqual(['draft>in_review', 'in_review>approved', 'approved>draft'])
  })

  it('the compliance lint of the text slots blocks submission', async () => {
    await payload.create({
      collection: 'compliance-rules',
      data: { ruleId: 'test-baoben', pattern: '保本', kind: 'banned-word', severity: 'block', categories: ['all'], reasonZh: '不得承诺保本', reasonEn: 'No guaranteed principal', active: true } as never,
      overrideAccess: true,
    })
    const p = await newPoster('违规海报', { headline: '稳健理财，保本保息' })
    expect((p.lint as { blocked?: boolean }).blocked).toBe(true)
    await expect(transitionPoster(payload, { id: String(p.id), to: 'in_review', user: org.editor as never })).rejects.toThrow(/合规检查未通过/)
  })

  it('refuses an http:// image with a clear message naming the slot', async () => {
    const messageOf = (p: Promise<unknown>) => p.then(() => '', (e) => String(e.data?.errors?.[0]?.message ?? e.message))
    expect(await messageOf(newPoster('外链图片', { headline: '外链图片', image: 'http://example.com/a.jpg' }))).toMatch(/字段「配图」：图片只能来自本系统素材库，不支持网络地址.* \/ Image: images must come from our media library/)
    expect(await messageOf(newPoster('缺标题', { subline: '没有主标题' }))).toMatch(/字段「主标题」：主标题不能为空 \/ Headline: Headline is required/)
    expect(await messageOf(newPoster('错字段', { headline: '标题', price: 1 }))).toMatch(/未知的字段“price”/)
  })
})

describe("a manager's own copy", () => {
  it('is rendered by the worker, served with an ETag, and answers 304 to If-None-Match', async () => {
    const r = await get(`${rest.url}/api/posters/${approvedId}/me.jpg`, tokens['manager01@jcbank.demo'])
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('image/jpeg')
    const etag = r.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/)
    const body = Buffer.from(await r.arrayBuffer())
    expect(body.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
    const again = await get(`${rest.url}/api/posters/${approvedId}/me.jpg`, tokens['manager01@jcbank.demo'], { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    const jobs = await getQueue(QUEUES.render).getJobs(['completed'])
    const job = jobs.find((j) => j.name === 'personal' && j.data.managerId === org.manager.id && j.data.posterId === approvedId)
    expect(job?.returnvalue.hash).toBe(etag.slice(1, -1))
    expect(worker.child.pid).not.toBe(process.pid)
  })

  it('differs per manager and carries each manager’s own tracking link', async () => {
    const a = await get(`${rest.url}/api/posters/${approvedId}/me.jpg`, tokens['manager01@jcbank.demo'])
    const b = await get(`${rest.url}/api/posters/${approvedId}/me.jpg`, tokens['manager06@jcbank.demo'])
    expect(b.status).toBe(200)
    expect(b.headers.get('etag')).not.toBe(a.headers.get('etag'))
    expect(Buffer.from(await b.arrayBuffer()).equals(Buffer.from(await a.arrayBuffer()))).toBe(false)
    const links = await payload.find({ collection: 'tracking-links', where: { poster: { equals: approvedId } }, depth: 0, overrideAccess: true })
    const managers = links.docs.map((l) => (typeof l.manager === 'object' ? l.manager?.id : l.manager))
    expect(managers).toEqual(expect.arrayContaining([org.manager.id, org.otherManager.id]))
    expect(links.docs.every((l) => l.channel === 'poster')).toBe(true)
  })

  it('is served as PNG too, and through the Express alias /posters/:id/me.jpg', async () => {
    const png = await get(`${rest.url}/api/posters/${approvedId}/me.png`, tokens['manager01@jcbank.demo'])
    expect(png.headers.get('content-type')).toBe('image/png')
    const app = express().use(postersRouter({ port: Number(new URL(rest.url).port) } as never))
    const server = app.listen(0, '127.0.0.1')
    await new Promise((r) => server.once('listening', r))
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const r = await get(`${base}/posters/${approvedId}/me.jpg`, tokens['manager01@jcbank.demo'])
      expect(r.status).toBe(200)
      const etag = r.headers.get('etag')!
      expect((await get(`${base}/posters/${approvedId}/me.jpg`, tokens['manager01@jcbank.demo'], { 'if-none-match': etag })).status).toBe(304)
      expect((await get(`${base}/posters/${approvedId}/me.jpg`)).status).toBe(401)
      // the browser's session cookie works through the alias for same-origin requests, and only for those (CSRF)
      const login = await fetch(`${rest.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'manager01@jcbank.demo', password: DEMO_PASSWORD }) })
      const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
      expect((await get(`${base}/posters/${approvedId}/me.jpg`, undefined, { cookie, 'sec-fetch-site': 'same-origin' })).status).toBe(200)
      expect((await get(`${base}/posters/${approvedId}/me.jpg`, undefined, { cookie, origin: 'https://evil.example' })).status).toBe(401)
      expect((await get(`${base}/posters/..%2f..%2fetc/me.jpg`, tokens['manager01@jcbank.demo'])).status).toBe(404)
    } finally {
      server.close()
    }
  })

  it("a manager cannot reach another branch's poster, bulk renders, or exports", async () => {
    const hz = await newPoster('杭州分行海报', { headline: '杭州专属活动' }, { branch: org.branchByCode.get('1200') })
    await approve(String(hz.id))
    expect((await get(`${rest.url}/api/posters/${hz.id}/me.jpg`, tokens['manager01@jcbank.demo'])).status).toBe(404)
    const bulk = await fetch(`${rest.url}/api/posters/${approvedId}/bulk`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens['manager01@jcbank.demo']}`, 'content-type': 'application/json' },
      body: JSON.stringify({ branch: org.branchByCode.get('1101') }),
    })
    expect(bulk.status).toBe(403)
    expect((await rest.call('GET', '/api/poster-exports', { token: tokens['manager01@jcbank.demo'] })).status).toBe(403)
  })
})

describe('seeded demo posters and previews', () => {
  it('the seeded posters are approved and render with their media image; previews render for templates and posters', async () => {
    const seeded = await payload.find({ collection: 'posters', where: { title: { equals: '元旦借势 · 新年开门红' } }, depth: 0, overrideAccess: true })
    const poster = seeded.docs[0]
    expect(poster.status).toBe('approved')
    expect(typeof (poster.slots as { image?: unknown }).image).toBe('string')
    const mine = await get(`${rest.url}/api/posters/${poster.id}/me.jpg`, tokens['manager02@jcbank.demo'])
    expect(mine.status).toBe(200)
    expect(decodeURIComponent(mine.headers.get('content-disposition') ?? '')).toContain('元旦借势 · 新年开门红-刘洋.jpg')
    const preview = await get(`${rest.url}/api/posters/${poster.id}/preview.jpg`, tokens['editor@jcbank.demo'])
    expect(preview.status).toBe(200)
    const template = (await payload.find({ collection: 'poster-templates', where: { key: { equals: 'product' } }, depth: 0, overrideAccess: true })).docs[0]
    const tp = await get(`${rest.url}/api/poster-templates/${template.id}/preview.jpg`, tokens['manager01@jcbank.demo'])
    expect(tp.status).toBe(200)
    expect(tp.headers.get('content-type')).toBe('image/jpeg')
    expect(await payload.count({ collection: 'poster-templates', overrideAccess: true })).toMatchObject({ totalDocs: 7 })
  })
})

describe('bulk render for a branch', () => {
  it('runs in the worker with progress and ends in a ZIP with one file per manager', async () => {
    const branch = org.branchByCode.get('1101')!
    const start = await fetch(`${rest.url}/api/posters/${approvedId}/bulk`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens['admin@jcbank.demo']}`, 'content-type': 'application/json' },
      body: JSON.stringify({ branch }),
    })
    expect(start.status).toBe(202)
    const { id } = await start.json()
    let exp: any
    for (let i = 0; i < 120; i++) {
      exp = (await rest.call('GET', `/api/poster-exports/${id}`, { token: tokens['admin@jcbank.demo'] })).json
      if (exp.status === 'done' || exp.status === 'failed') break
      await new Promise((r) => setTimeout(r, 500))
    }
    expect(exp.status).toBe('done')
    const managers = await payload.count({ collection: 'users', where: { and: [{ role: { equals: 'manager' } }, { branch: { equals: branch } }] }, overrideAccess: true })
    expect(exp.total).toBe(managers.totalDocs)
    expect(exp.progress).toBe(managers.totalDocs)
    expect((await get(`${rest.url}/api/poster-exports/${id}/download.zip`, tokens['manager01@jcbank.demo'])).status).toBe(403)
    const zip = await get(`${rest.url}/api/poster-exports/${id}/download.zip`, tokens['admin@jcbank.demo'])
    expect(zip.status).toBe(200)
    const names = zipEntries(Buffer.from(await zip.arrayBuffer()))
    expect(names).toHaveLength(managers.totalDocs)
    expect(names.every((n) => n.endsWith('.jpg'))).toBe(true)
    expect(names.some((n) => n.includes('张伟'))).toBe(true)
    // asking again for the same poster version and branch returns the finished export
    const again = await fetch(`${rest.url}/api/posters/${approvedId}/bulk`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens['admin@jcbank.demo']}`, 'content-type': 'application/json' },
      body: JSON.stringify({ branch }),
    })
    expect((await again.json()).id).toBe(id)
  })
})
