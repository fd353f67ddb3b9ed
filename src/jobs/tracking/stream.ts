// The worker side of the scan stream: a Redis consumer group read in batches. Entries are acknowledged
// (and deleted) only after their batch is committed; entries a dead consumer left pending are reclaimed.
import os from 'node:os'
import type { Redis } from 'ioredis'
import type { Payload } from 'payload'

import { recordScanBatch } from '../../lib/tracking/record'
import { decodeStreamEntry, trackingKeys } from '../../lib/tracking/redis'

type Entries = [id: string, fields: string[]][]

const consumerName = () => `${os.hostname()}-${process.pid}`

interface DrainOptions {
  batchSize?: number
  /** How long an entry may sit unacknowledged with a consumer before another one takes it over. */
  reclaimIdleMs?: number
  /** Stop reading new entries after this long (the job scheduler starts the next drain). */
  budgetMs?: number
}

function reclaimIdleMs(): number {
  return Number(process.env.TRACKING_RECLAIM_IDLE_MS) || 30_000
}

async function ensureGroup(redis: Redis) {
  try {
    await redis.xgroup('CREATE', trackingKeys.stream(), trackingKeys.group, '0', 'MKSTREAM')
  } catch (err) {
    if (!String(err).includes('BUSYGROUP')) throw err
  }
}

async function writeAndAck(payload: Payload, redis: Redis, entries: Entries, reclaimed: boolean): Promise<number> {
  const live = entries.filter(([, fields]) => fields)
  const written = await recordScanBatch(
    payload,
    live.map(([id, fields]) => decodeStreamEntry(id, fields)),
    { maybeWritten: reclaimed },
  )
  const ids = entries.map(([id]) => id)
  await redis
    .multi()
    .xack(trackingKeys.stream(), trackingKeys.group, ...ids)
    .xdel(trackingKeys.stream(), ...ids)
    .exec()
  return written
}

/** Reads and writes batches until the stream is empty or the budget is spent. Returns events written. */
export async function drainScanStream(payload: Payload, redis: Redis, opts: DrainOptions = {}): Promise<{ written: number; read: number }> {
  const batchSize = opts.batchSize ?? (Number(process.env.TRACKING_BATCH_SIZE) || 1000)
  const deadline = Date.now() + (opts.budgetMs ?? 20_000)
  const consumer = consumerName()
  const stream = trackingKeys.stream()
  await ensureGroup(redis)
  let written = 0
  let read = 0
  // first the entries of consumers that died mid-batch
  let cursor = '0-0'
  do {
    const [next, entries] = (await redis.xautoclaim(
      stream,
      trackingKeys.group,
      consumer,
      opts.reclaimIdleMs ?? reclaimIdleMs(),
      cursor,
      'COUNT',
      batchSize,
    )) as [string, Entries]
    if (entries.length) {
      read += entries.length
      written += await writeAndAck(payload, redis, entries, true)
    }
    cursor = next
  } while (cursor !== '0-0' && Date.now() < deadline)
  while (Date.now() < deadline) {
    const res = (await redis.xreadgroup('GROUP', trackingKeys.group, consumer, 'COUNT', batchSize, 'STREAMS', stream, '>')) as [string, Entries][] | null
    const entries = res?.[0]?.[1] ?? []
    if (entries.length === 0) break
    read += entries.length
    written += await writeAndAck(payload, redis, entries, false)
  }
  return { written, read }
}
