// A week of group SOP for the 20 demo managers, generated through the real sop queue and the scheduler's
// publications: exactly one task per manager × slot × linked account, at the right Beijing time, every day;
// regenerating never duplicates; other branches' SOPs stay out; unlinked groups get manual tasks.
import { QueueEvents, Worker } from 'bullmq'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { workerSpecs } from '../../src/jobs'
import { createRedis, queuePrefix } from '../../src/jobs/connection'
import { closeQueues, getQueue, QUEUES } from '../../src/jobs/queues'
import { enqueuePlanDay } from '../../src/jobs/sop/enqueue'
import { ensureTaskPublication, planSopDay } from '../../src/lib/community/sop-generate'
import { addDays, isoWeekday, shanghaiDate } from '../../src/lib/community/sop-time'
import { seedContentStudio } from '../../src/seed/content'
import { DEMO_SOP_NAME, ensureGroupContent, seedActivities, seedDemoSop, seedGroups } from '../../src/seed/community'
import { testPayload, withDemoOrganisation } from '../helpers/payload'

let payload: Payload
let org: Awaited<ReturnType<typeof withDemoOrganisation>>
let worker: Worker
let events: QueueEvents
let monday: string
const week = () => Array.from({ length: 7 }, (_, i) => addDays(monday, i))

async function waitForIdle() {
  const queue = getQueue(QUEUES.sop)
  for (let i = 0; i < 600; i++) {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized')
    if (c.waiting + c.active + c.delayed + c.prioritized === 0) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('sop queue did not drain')
}

async function sopPublications(from: string, to: string) {
  const r = await payload.find({
    collection: 'publications',
    where: { and: [{ plannedAt: { greater_than_equal: `${from}T00:00:00+08:00` } }, { plannedAt: { less_than: `${to}T00:00:00+08:00` } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return r.docs as any[]
}

beforeAll(async () => {
  payload = await testPayload()
  org = await withDemoOrganisation(payload)
  await seedContentStudio(payload)
  // one WeCom customer-group account per 分行, as a bank links them
  for (const code of ['1100', '1200']) {
    await payload.create({
      collection: 'channel-accounts',
      overrideAccess: true,
      data: { name: `${code} 客户群`, kind: 'wecom_groups', identifier: 'wwcorp', secret: 's3cret', senders: 'a,b', branch: org.branchByCode.get(code), baseUrl: 'http://127.0.0.1:9' } as never,
    })
  }
  await seedActivities(payload)
  await seedDemoSop(payload)
  await seedGroups(payload)
  // next week's Monday, so every planned time is in the future
  const today = shanghaiDate()
  monday = addDays(today, 8 - isoWeekday(today) + 7)
  // the sop queue's worker as the worker process runs it (same processor, same concurrency)
  const spec = workerSpecs.find((s) => s.queue === QUEUES.sop)!
  worker = new Worker(QUEUES.sop, (job) => spec.process(job, { payload }), { connection: createRedis('worker'), prefix: queuePrefix(), concurrency: spec.concurrency })
  events = new QueueEvents(QUEUES.sop, { connection: createRedis('worker'), prefix: queuePrefix() })
  await Promise.all([worker.waitUntilReady(), events.waitUntilReady()])
}, 300_000)

afterAll(async () => {
  await worker?.close()
  await events?.close()
  await getQueue(QUEUES.publish).obliterate({ force: true }).catch(() => undefined)
  await closeQueues()
})

describe('group SOP', () => {
  it('seeds 40 groups for 20 managers, all linked to their 分行 WeCom account', async () => {
    const groups = (await payload.find({ collection: 'groups', pagination: false, depth: 0, overrideAccess: true })).docs as any[]
    expect(groups).toHaveLength(40)
    expect(new Set(groups.map((g) => g.manager)).size).toBe(20)
    expect(groups.every((g) => g.account)).toBe(true)
    expect(new Set(groups.map((g) => g.health))).toEqual(new Set(['active', 'quiet', 'dying']))
  })

  it('generates a week of tasks for 20 managers, exactly', async () => {
    const started = Date.now()
    for (const date of week()) await enqueuePlanDay(date)
    await waitForIdle()
    const ms = Date.now() - started
    const rows = await sopPublications(monday, addDays(monday, 7))
    const sop = (await payload.find({ collection: 'group-sops', where: { name: { equals: DEMO_SOP_NAME } }, depth: 0, overrideAccess: true })).docs[0] as any
    const managers = Array.from({ length: 20 }, (_, i) => org.user(`manager${String(i + 1).padStart(2, '0')}@jcbank.demo`).id)
    // every manager's two groups share their 分行's account: one WeCom group-send task per manager and slot
    const expected: string[] = []
    for (const date of week()) {
      for (const slot of sop.slots.filter((s: any) => Number(s.weekday) === isoWeekday(date))) {
        for (const m of managers) expected.push(`${m}|${slot.content}|${new Date(`${date}T${slot.time}:00+08:00`).toISOString()}`)
      }
    }
    const actual = rows.map((r) => `${r.manager}|${r.content}|${new Date(r.plannedAt).toISOString()}`)
    expect(actual.sort()).toEqual(expected.sort())
    expect(rows).toHaveLength(20 * 8)
    expect(rows.every((r) => r.mode === 'task' && r.variant === 'group' && r.status === 'scheduled')).toBe(true)
    // Wednesday has the game and, half an hour later, the product slot
    const wednesday = rows.filter((r) => new Date(r.plannedAt).toISOString().startsWith(addDays(monday, 2)))
    expect(wednesday).toHaveLength(40)
    console.log(`SOP week: ${rows.length} tasks for 20 managers generated in ${ms} ms`)
  })

  it('never duplicates when a day is planned again, by job or directly', async () => {
    for (const date of week()) {
      await getQueue(QUEUES.sop).remove(`sop-plan-${date}`)
      await enqueuePlanDay(date)
    }
    await waitForIdle()
    for (const date of week()) {
      for (const task of await planSopDay(payload, date)) expect((await ensureTaskPublication(payload, task)).created).toBe(false)
    }
    expect(await sopPublications(monday, addDays(monday, 7))).toHaveLength(160)
  })

  it('scopes an SOP to its branch subtree and group type; an unlinked group gets a manual task', async () => {
    const hz = org.branchByCode.get('1200')!
    const content = await ensureGroupContent(payload, { title: '杭州核心群·周六茶话会', text: '周六下午网点茶话会，欢迎核心群的朋友报名。', editor: org.editor, reviewer: org.reviewer })
    await payload.create({
      collection: 'group-sops',
      overrideAccess: true,
      data: { name: '杭州核心群周末', branch: hz, groupType: 'core', slots: [{ weekday: '6', time: '15:00', title: '茶话会', content }] } as never,
    })
    // one Hangzhou core group loses its WeCom link: its manager's task becomes a manual one
    const unlinked = (await payload.find({ collection: 'groups', where: { and: [{ branch: { equals: org.branchByCode.get('1201') } }, { type: { equals: 'core' } }] }, limit: 1, depth: 0, overrideAccess: true })).docs[0] as any
    await payload.update({ collection: 'groups', id: unlinked.id, data: { account: null } as never, overrideAccess: true })
    const saturday = addDays(monday, 5)
    const tasks = (await planSopDay(payload, saturday)).filter((t) => t.slot.title === '茶话会')
    expect(tasks).toHaveLength(10) // 10 Hangzhou managers with one core group each
    expect(tasks.every((t) => t.groupIds.length === 1)).toBe(true)
    const manual = tasks.filter((t) => t.accountId === null)
    expect(manual.map((t) => t.managerId)).toEqual([String(unlinked.manager)])
    expect(manual[0]!.key).toMatch(/-manual$/)
    expect(manual[0]!.groupIds).toEqual([String(unlinked.id)])

    // through the scheduler: a manual publication on the manager's own group account, created once
    const made = await ensureTaskPublication(payload, manual[0]!)
    expect(made.created).toBe(true)
    expect((await ensureTaskPublication(payload, manual[0]!)).created).toBe(false)
    const row = (await payload.findByID({ collection: 'publications', id: made.id, depth: 0, overrideAccess: true })) as any
    expect(row).toMatchObject({ mode: 'manual', kind: 'personal_groups', variant: 'group', status: 'scheduled', manager: String(unlinked.manager) })
    const own = await payload.find({ collection: 'channel-accounts', where: { kind: { equals: 'personal_groups' } }, depth: 0, overrideAccess: true })
    expect(own.docs.map((a: any) => [String(a.manager), String(a.id)])).toEqual([[String(unlinked.manager), String(row.account)]])
    // the manager sees their own manual account, a manager of another branch does not
    const owner = (await payload.findByID({ collection: 'users', id: String(unlinked.manager), depth: 0, overrideAccess: true })) as any
    const mine = await payload.find({ collection: 'channel-accounts', where: { kind: { equals: 'personal_groups' } }, overrideAccess: false, user: { ...owner, collection: 'users' } as never })
    expect(mine.totalDocs).toBe(1)
    const managers = (await payload.find({ collection: 'users', where: { role: { equals: 'manager' } }, depth: 0, pagination: false, overrideAccess: true })).docs as any[]
    const other = managers.find((m) => String(m.branch) !== String(owner.branch))
    const theirs = await payload.find({ collection: 'channel-accounts', where: { kind: { equals: 'personal_groups' } }, overrideAccess: false, user: { ...other, collection: 'users' } as never })
    expect(theirs.totalDocs).toBe(0)
  })

  it('a manual group task, once due, becomes the manager\'s kit to post and confirm', async () => {
    const own = (await payload.find({ collection: 'channel-accounts', where: { kind: { equals: 'personal_groups' } }, depth: 0, overrideAccess: true })).docs[0] as any
    const content = (await payload.find({ collection: 'contents', where: { title: { equals: '杭州核心群·周六茶话会' } }, depth: 0, overrideAccess: true })).docs[0] as any
    const due = await payload.create({ collection: 'publications', overrideAccess: true, data: { content: content.id, account: own.id, manager: own.manager, plannedAt: new Date(Date.now() - 1_000).toISOString() } as never })
    const publish = workerSpecs.find((s) => s.queue === QUEUES.publish)!
    const job = { data: { publicationId: String(due.id) }, attemptsMade: 0, opts: { attempts: 5 }, token: 't' } as any
    await publish.process(job, { payload })
    const row = (await payload.findByID({ collection: 'publications', id: due.id, depth: 0, overrideAccess: true })) as any
    expect(row.status).toBe('awaiting_confirmation')
    expect(row.platformId).toBe(`manual:personal_groups:${due.id}`)
    expect(row.kit.copyText).toContain('周六下午网点茶话会')
    expect(row.kit.steps.map((s: any) => s.zh).join()).toContain('客户群')
  })

  it('refuses an SOP slot without a valid time, in both languages', async () => {
    await expect(
      payload.create({ collection: 'group-sops', overrideAccess: true, data: { name: 'x', branch: org.branchByCode.get('0001'), slots: [{ weekday: '1', time: '25:00', title: 't', content: 'x' }] } as never }),
    ).rejects.toThrow(/HH:mm/)
  })
})
