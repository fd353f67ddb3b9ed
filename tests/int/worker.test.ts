// The real worker process comes up (Payload + BullMQ), handles a job, and stops cleanly on SIGTERM.
import os from 'node:os'
import { QueueEvents } from 'bullmq'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createRedis, queuePrefix } from '../../src/jobs/connection'
import { closeQueues, getQueue, QUEUES } from '../../src/jobs/queues'
import { testPayload, withDemoOrganisation } from '../helpers/payload'
import { startProcess, type Started } from '../helpers/processes'

let worker: Started
let events: QueueEvents

beforeAll(async () => {
  const payload = await testPayload()
  await withDemoOrganisation(payload)
  worker = await startProcess('src/worker.ts', 'worker-ready')
  events = new QueueEvents(QUEUES.system, { connection: createRedis('worker'), prefix: queuePrefix() })
  await events.waitUntilReady()
})
afterAll(async () => {
  await events?.close()
  await closeQueues()
  await worker?.stop()
})

describe('worker process', () => {
  it('handles a job enqueued by another process, using its own Payload Local API', async () => {
    const job = await getQueue(QUEUES.system).add('ping', { sentAt: new Date().toISOString() })
    const result: any = await job.waitUntilFinished(events, 30_000)
    expect(result.pong).toBe(true)
    expect(result.pid).toBe(worker.child.pid)
    expect(result.pid).not.toBe(process.pid)
    // background work yields the CPU to the web process (customers' scans, the admin)
    expect(os.getPriority(worker.child.pid!)).toBe(10)
    expect(result.users).toBe(23)
  })

  it('exits 0 on SIGTERM after closing its workers', async () => {
    const code = await worker.stop('SIGTERM')
    expect(code).toBe(0)
    expect(worker.output()).toMatch(/stopped/)
  })
})
