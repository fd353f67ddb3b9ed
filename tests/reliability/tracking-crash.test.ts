// A crash of the stream writer loses nothing and counts nothing twice: scans are appended to the Redis
// stream as the redirect does, the real worker process is SIGKILLed while a batch is read but not yet
// acknowledged, a new worker reclaims the dead consumer's entries, and the database ends with each
// event exactly once (and hourly counters that add up to the same number).
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeSharedRedis, sharedRedis } from '../../src/jobs/connection'
import { closeQueues } from '../../src/jobs/queues'
import { ensureTrackingLink } from '../../src/lib/tracking/links'
import { readLinkEntry, recordScan, trackingKeys, type LinkEntry } from '../../src/lib/tracking/redis'
import { testPayload, withDemoOrganisation } from '../helpers/payload'
import { startProcess, type Started } from '../helpers/processes'

const EVENTS = 6_000
const workerEnv = { ...process.env, TRACKING_RECLAIM_IDLE_MS: '1500', TRACKING_BATCH_SIZE: '250' }
let payload: Payload
const running: Started[] = []

const pending = async () => Number(((await sharedRedis().xpending(trackingKeys.stream(), trackingKeys.group)) as [number])[0])
const recorded = async () => (await payload.count({ collection: 'scan-events', overrideAccess: true })).totalDocs
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

beforeAll(async () => {
  payload = await testPayload()
  const org = await withDemoOrganisation(payload)
  const entries: LinkEntry[] = []
  for (let i = 0; i < 20; i++) {
    const link = await ensureTrackingLink(payload, { campaign: 'crash', manager: org.manager.id, channel: 'poster', poster: `crash-${i}` })
    entries.push((await readLinkEntry(sharedRedis(), link.code))!)
  }
  for (let i = 0; i < EVENTS; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, EVENTS - i) }, (_, j) =>
        recordScan(sharedRedis(), entries[(i + j) % entries.length], {
          at: Date.now(),
          inWechat: true,
          ipHash: `ip-${i + j}`,
          device: `device-${i + j}`,
          referrer: '',
          userAgent: 'MicroMessenger/8.0',
        }),
      ),
    )
  }
})
afterAll(async () => {
  for (const w of running) await w.stop('SIGKILL')
  await closeQueues()
  await closeSharedRedis()
})

describe('tracking stream writer crash', () => {
  it('SIGKILL mid-batch, restart: every event recorded exactly once', async () => {
    expect(await sharedRedis().xlen(trackingKeys.stream())).toBe(EVENTS)
    // kill the writer at a moment it holds a batch it has read but not acknowledged
    let killedMidBatch = false
    let pendingAtKill = 0
    for (let attempt = 0; attempt < 5 && !killedMidBatch; attempt++) {
      const worker = await startProcess('src/worker.ts', 'worker-ready', workerEnv)
      running.push(worker)
      const deadline = Date.now() + 60_000
      // after some batches are committed, while the next one is held unacknowledged
      while (Date.now() < deadline && ((await recorded()) < 1_000 || (await pending().catch(() => 0)) === 0)) await sleep(5)
      await worker.stop('SIGKILL')
      pendingAtKill = await pending()
      killedMidBatch = pendingAtKill > 0
    }
    expect(killedMidBatch).toBe(true)
    const atCrash = await recorded()
    expect(atCrash).toBeLessThan(EVENTS)
    console.log(`writer killed with ${atCrash}/${EVENTS} events committed and ${pendingAtKill} read but unacknowledged`)

    const survivor = await startProcess('src/worker.ts', 'worker-ready', workerEnv)
    running.push(survivor)
    const deadline = Date.now() + 120_000
    while (Date.now() < deadline && ((await recorded()) < EVENTS || (await pending()) > 0)) await sleep(250)
    await sleep(1_500) // a late duplicate write would show up here

    expect(await recorded()).toBe(EVENTS)
    expect(await pending()).toBe(0)
    expect(await sharedRedis().xlen(trackingKeys.stream())).toBe(0)
    const ids = await payload.find({ collection: 'scan-events', pagination: false, depth: 0, select: { eventId: true }, overrideAccess: true })
    expect(new Set(ids.docs.map((d: any) => d.eventId)).size).toBe(EVENTS)
    const stats = await payload.find({ collection: 'tracking-stats', pagination: false, depth: 0, overrideAccess: true })
    expect(stats.docs.reduce((n, s: any) => n + s.visits + s.suspicious, 0)).toBe(EVENTS)
    await survivor.stop('SIGTERM')
  })
})
