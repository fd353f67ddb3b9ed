// Managers see only their own groups and tasks — through the Local API, REST, the scheduler's 今日待发 list
// and the workbench loader — and get their own personalised activity poster.
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import express from 'express'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

process.env.POSTER_DATA_DIR = path.join(process.env.MATRIXDESK_TEST_DIR!, 'poster-data')

import { closeQueues, getQueue, QUEUES } from '../../src/jobs/queues'
import { activityPosterInput, studioPosterInput } from '../../src/lib/community/poster'
import { myPostersRouter } from '../../src/routes/my-posters'
import { ensureTaskPublication, planSopDay } from '../../src/lib/community/sop-generate'
import { shanghaiDate } from '../../src/lib/community/sop-time'
import { loadWorkbench } from '../../src/lib/community/workbench'
import { seedContentStudio } from '../../src/seed/content'
import { seedActivities, seedDemoSop, seedGroups } from '../../src/seed/community'
import { renderPersonalised } from '../../src/templates'
import { testPayload, withDemoOrganisation } from '../helpers/payload'
import { startProcess, type Started } from '../helpers/processes'
import { startRestServer, type RestServer } from '../helpers/rest'

let payload: Payload
let rest: RestServer
let worker: Started
let org: Awaited<ReturnType<typeof withDemoOrganisation>>
const PASSWORD = 'Matrix@2026'

beforeAll(async () => {
  payload = await testPayload()
  org = await withDemoOrganisation(payload)
  await seedContentStudio(payload)
  await payload.create({
    collection: 'channel-accounts',
    overrideAccess: true,
    data: { name: '锦程银行客户群', kind: 'wecom_groups', identifier: 'wwcorp', secret: 's3cret', senders: 'a', branch: org.branchByCode.get('0001'), baseUrl: 'http://127.0.0.1:9' } as never,
  })
  await seedActivities(payload)
  await seedDemoSop(payload)
  await seedGroups(payload)
  // today's SOP tasks (the demo SOP has slots on every weekday)
  for (const task of await planSopDay(payload, shanghaiDate())) await ensureTaskPublication(payload, task)
  worker = await startProcess('src/worker.ts', 'worker-ready')
  rest = await startRestServer()
}, 300_000)
afterAll(async () => {
  await rest?.close()
  await closeQueues()
  await worker?.stop()
})

describe('manager scope', () => {
  it('a manager reads only their own groups (Local API and REST)', async () => {
    const local = await payload.find({ collection: 'groups', overrideAccess: false, user: org.manager, depth: 0, pagination: false })
    expect(local.docs).toHaveLength(2)
    expect(local.docs.every((g: any) => g.manager === org.manager.id)).toBe(true)
    const token = await rest.login('manager01@jcbank.demo', PASSWORD)
    const r = await rest.call('GET', '/api/groups?limit=100&depth=0', { token })
    expect(r.json.docs.map((g: any) => g.manager)).toEqual([org.manager.id, org.manager.id])
    const other = (await payload.find({ collection: 'groups', where: { manager: { equals: org.otherManager.id } }, limit: 1, overrideAccess: true })).docs[0]
    expect([403, 404]).toContain((await rest.call('GET', `/api/groups/${other.id}`, { token })).status)
    expect([403, 404]).toContain((await rest.call('PATCH', `/api/groups/${other.id}`, { token, body: { name: 'x' } })).status)
  })

  it('a manager’s new group is their own, whoever they name as owner', async () => {
    const token = await rest.login('manager01@jcbank.demo', PASSWORD)
    const r = await rest.call('POST', '/api/groups?depth=0', { token, body: { name: '陆家嘴新客群', type: 'outer', memberCount: 12, manager: org.otherManager.id } })
    expect(r.status).toBe(201)
    expect(r.json.doc.manager).toBe(org.manager.id)
    expect(r.json.doc.branch).toBe(org.branchByCode.get('1101'))
    expect(r.json.doc.health).toBe('active')
    // and they can still edit their own (WeCom-linked) groups
    const own = (await payload.find({ collection: 'groups', where: { and: [{ manager: { equals: org.manager.id } }, { account: { exists: true } }] }, limit: 1, depth: 0, overrideAccess: true })).docs[0] as any
    const edited = await rest.call('PATCH', `/api/groups/${own.id}?depth=0`, { token, body: { memberCount: 77, welcomeMessage: '欢迎新朋友！' } })
    expect(edited.status).toBe(200)
    expect(edited.json.doc).toMatchObject({ memberCount: 77, account: own.account })
  })

  it('managers read their SOPs but cannot change them; editors can', async () => {
    const sops = await payload.find({ collection: 'group-sops', overrideAccess: false, user: org.manager, depth: 0 })
    expect(sops.docs).toHaveLength(1)
    const token = await rest.login('manager01@jcbank.demo', PASSWORD)
    expect((await rest.call('PATCH', `/api/group-sops/${sops.docs[0].id}`, { token, body: { active: false } })).status).toBe(403)
    const editor = await rest.login('editor@jcbank.demo', PASSWORD)
    expect((await rest.call('PATCH', `/api/group-sops/${sops.docs[0].id}`, { token: editor, body: { name: '锦程银行社群周运营SOP' } })).status).toBe(200)
  })

  it('the 今日待发 list and the workbench hold only the manager’s own SOP tasks and groups', async () => {
    const token = await rest.login('manager01@jcbank.demo', PASSWORD)
    const today = await rest.call('GET', '/api/publications/today', { token })
    expect(today.status).toBe(200)
    expect(today.json.items.length).toBeGreaterThan(0)
    const rows = await payload.find({ collection: 'publications', where: { id: { in: today.json.items.map((i: any) => i.id) } }, depth: 0, overrideAccess: true, pagination: false })
    expect(rows.docs.every((p: any) => p.manager === org.manager.id)).toBe(true)
    const wb = await loadWorkbench(payload, org.manager as never)
    expect(wb.groups.map((g) => g.name).sort()).toEqual(['张伟的财富沙龙', '陆家嘴新客群', '陆家嘴邻里金融服务群'].sort())
    expect(wb.activities.length).toBeGreaterThanOrEqual(20)
    expect(wb.activities.filter((a) => a.shareUrl).every((a) => /\/t\/[0-9A-Za-z]{8,}$/.test(a.shareUrl!))).toBe(true)
    expect(wb.studioUrl).toMatch(new RegExp(`/s/${org.manager.id}$`))
  })

  it('confirming a task marks it done and the manager’s groups on that account active again', async () => {
    const token = await rest.login('manager01@jcbank.demo', PASSWORD)
    const [task] = (await rest.call('GET', '/api/publications/today', { token })).json.items
    const other = await rest.login('manager06@jcbank.demo', PASSWORD)
    expect((await rest.call('POST', `/api/publications/${task.id}/done`, { token: other })).status).toBeGreaterThanOrEqual(403)
    expect((await rest.call('POST', `/api/publications/${task.id}/done`, { token })).status).toBe(200)
    const before = Date.now()
    const touched = await rest.call('POST', '/api/groups/touch', { token, body: { account: task.account } })
    expect(touched.json.updated).toBe(2)
    const mine = await payload.find({ collection: 'groups', where: { manager: { equals: org.manager.id } }, depth: 0, overrideAccess: true })
    const linked = mine.docs.filter((g: any) => g.account === task.account) as any[]
    expect(linked.every((g) => new Date(g.lastActivityAt).getTime() >= before - 1000 && g.health === 'active')).toBe(true)
    const othersGroup = (await payload.find({ collection: 'groups', where: { manager: { equals: org.otherManager.id } }, depth: 0, overrideAccess: true })).docs[0] as any
    expect(new Date(othersGroup.lastActivityAt).getTime()).toBeLessThan(before - 1000)
  })

  it('renders the manager’s personalised activity poster, its QR pointing at their 云工作室 link', async () => {
    const quiz = (await payload.find({ collection: 'activities', where: { code: { equals: 'quiz-anti-fraud-basics' } }, depth: 0, overrideAccess: true })).docs[0]
    const input = await activityPosterInput(payload, String(quiz.id), org.manager.id)
    expect(input!.personal!.name).toBe('张伟')
    const link = (await payload.find({ collection: 'tracking-links', where: { code: { equals: input!.personal!.qrUrl.split('/t/')[1] } }, depth: 0, overrideAccess: true })).docs[0] as any
    expect(link).toMatchObject({ manager: org.manager.id, channel: 'poster' })
    expect(link.target ?? null).toBeNull()
    const poster = await renderPersonalised(input!)
    expect(poster.contentType).toBe('image/jpeg')
    expect(poster.width).toBe(1080)
    expect(poster.buffer.subarray(0, 2).toString('hex')).toBe('ffd8')
    // the 名片 poster carries the same QR
    const card = await studioPosterInput(payload, org.manager.id)
    expect(card!.personal!.qrUrl).toBe(input!.personal!.qrUrl)
    expect((await renderPersonalised(card!)).height).toBe(1920)
  })
})

describe('the workbench poster links /my-posters/...', () => {
  it('are rendered by the worker process, served with an ETag/304, and refuse the logged-out', async () => {
    const token = await rest.login('manager01@jcbank.demo', PASSWORD)
    const quiz = (await payload.find({ collection: 'activities', where: { code: { equals: 'quiz-anti-fraud-basics' } }, depth: 0, overrideAccess: true })).docs[0]
    const app = express().use(myPostersRouter({ port: Number(new URL(rest.url).port) } as never))
    const server = app.listen(0, '127.0.0.1')
    await new Promise((r) => server.once('listening', r))
    const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers })
    const auth = { authorization: `JWT ${token}` }
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const etags: string[] = []
      for (const [url, activityId] of [[`${base}/my-posters/studio/me.jpg`, null], [`${base}/my-posters/activity/${quiz.id}/me.jpg`, String(quiz.id)]] as const) {
        const r = await get(url, auth)
        expect(r.status).toBe(200)
        expect(r.headers.get('content-type')).toBe('image/jpeg')
        expect(Buffer.from(await r.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
        const etag = r.headers.get('etag')!
        expect(etag).toMatch(/^"[0-9a-f]{16,64}"$/)
        etags.push(etag)
        expect((await get(url, { ...auth, 'if-none-match': etag })).status).toBe(304)
        // the worker process rendered it: its finished job's file is what was served
        const jobs = await getQueue(QUEUES.render).getJobs(['completed'])
        const job = jobs.find((j) => j.name === 'community' && j.data.managerId === org.manager.id && j.data.activityId === activityId)
        expect(job?.returnvalue.hash).toBe(etag.slice(1, -1))
        // logged out: 401, through the alias and at the Payload endpoint
        expect((await get(url)).status).toBe(401)
      }
      expect(etags[0]).not.toBe(etags[1])
      expect(worker.child.pid).not.toBe(process.pid)
      expect((await get(`${rest.url}/api/community/posters/studio/me.jpg`)).status).toBe(401)
      // the browser's session cookie works for same-origin requests
      const login = await fetch(`${rest.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'manager01@jcbank.demo', password: PASSWORD }) })
      const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
      expect((await get(`${base}/my-posters/studio/me.jpg`, { cookie, 'sec-fetch-site': 'same-origin' })).status).toBe(200)
      expect((await get(`${base}/my-posters/activity/no-such-activity/me.jpg`, auth)).status).toBe(404)
      const admin = await rest.login('admin@jcbank.demo', PASSWORD)
      expect((await get(`${base}/my-posters/studio/me.jpg`, { authorization: `JWT ${admin}` })).status).toBe(403)
    } finally {
      server.close()
    }
  }, 120_000)
})
