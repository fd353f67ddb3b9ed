// The worker process: one Payload Local API instance plus every BullMQ worker in src/jobs.
// Start more of these for scale-out (`npm run worker`); they coordinate only through Redis and the database.
// An async main() rather than top-level await: lexical's own top-level await can otherwise leave
// Node 20 with "unsettled top-level await" (exit 13) — see PITFALLS.md.
import os from 'node:os'
import { Worker } from 'bullmq'
import { getPayload, type Payload } from 'payload'

import { createRedis, queuePrefix, sharedRedis, closeSharedRedis, warnOnEvictionPolicy } from './jobs/connection'
import { workerSpecs } from './jobs'
import { closeQueues } from './jobs/queues'
import { stopRenderThread } from './jobs/render/render-thread'
import { upsertSchedulers } from './jobs/schedulers'
import { exitOnConfigError, loadEnv } from './lib/env'
import { log } from './lib/log'

/**
 * How long a job's lock lives without renewal, and how often stalled jobs (their worker died) are looked
 * for: BullMQ's 30 s by default. The crash tests shorten it so a killed worker's job comes back in seconds.
 */
const LOCK_MS = Math.max(2_000, Number(process.env.MATRIXDESK_JOB_LOCK_MS) || 30_000)

export async function startWorkers(payload: Payload): Promise<Worker[]> {
  const workers: Worker[] = []
  for (const spec of workerSpecs) {
    const worker = new Worker(spec.queue, (job) => spec.process(job, { payload }), {
      connection: createRedis('worker'),
      prefix: queuePrefix(),
      concurrency: spec.concurrency,
      autorun: true,
      lockDuration: LOCK_MS,
      stalledInterval: LOCK_MS,
    })
    worker.on('failed', (job, err) => {
      log.warn(`job failed: ${spec.queue}/${job?.name} ${job?.id} — ${err.message}`)
    })
    worker.on('error', (err) => log.warn(`worker ${spec.queue} error: ${err.message}`))
    workers.push(worker)
  }
  await Promise.all(workers.map((w) => w.waitUntilReady()))
  return workers
}

/**
 * Workers run at a lower CPU priority than the web process (nice 10 by default): when both want the CPU,
 * customers' scans and the admin answer first, and background jobs (stream writes, renders) take the rest.
 */
function lowerPriority() {
  const nice = Number(process.env.MATRIXDESK_WORKER_NICE ?? 10)
  try {
    if (nice > 0) os.setPriority(Math.min(19, nice))
  } catch {
    // not permitted on this system: run at normal priority
  }
}

async function main() {
  try {
    loadEnv()
  } catch (err) {
    exitOnConfigError(err)
  }
  lowerPriority()
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  await warnOnEvictionPolicy(sharedRedis(), (m) => log.warn(m))
  const workers = await startWorkers(payload)
  await upsertSchedulers()
  // A flushed or replaced Redis loses the job schedulers too (the reconciler among them): re-upsert them
  // every minute so recovery never waits for a worker restart. Upserting is idempotent.
  const schedulerRefresh = setInterval(() => {
    upsertSchedulers().catch((err) => log.warn(`could not refresh job schedulers: ${err.message}`))
  }, 60_000)
  schedulerRefresh.unref()
  log.info(`worker ${process.pid} ready: ${workers.length} queues (${workerSpecs.map((s) => s.queue).join(', ')})`)
  if (process.send) process.send({ type: 'worker-ready', pid: process.pid })

  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    clearInterval(schedulerRefresh)
    log.info(`worker ${process.pid} received ${signal}: finishing active jobs…`)
    // close() waits for jobs in progress, so a publish that has started completes and records its outcome
    await Promise.all(workers.map((w) => w.close()))
    await stopRenderThread()
    await closeQueues()
    await closeSharedRedis()
    await payload.destroy?.().catch(() => undefined)
    log.info(`worker ${process.pid} stopped`)
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('worker.ts')) {
  main().catch((err) => {
    log.error(`worker failed to start: ${err instanceof Error ? err.message : String(err)}`)
    process.exit(1)
  })
}
