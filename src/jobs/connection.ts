// Redis connections for BullMQ, following BullMQ's production guidance:
// - workers (blocking commands) use maxRetriesPerRequest: null so they wait out a Redis restart;
// - producers fail fast so an HTTP request never hangs on a dead Redis;
// - Redis must not evict keys (maxmemory-policy noeviction), or delayed jobs can silently vanish.
import { Redis, type RedisOptions } from 'ioredis'

export const DEFAULT_PREFIX = 'matrixdesk'

export function redisUrl(): string {
  const url = process.env.REDIS_URL
  if (!url) throw new Error('REDIS_URL is not set (the start command sets it when it launches its own redis-server)')
  return url
}

/** BullMQ key prefix; tests use a fresh one each so queues never collide. */
export function queuePrefix(): string {
  return process.env.MATRIXDESK_QUEUE_PREFIX || DEFAULT_PREFIX
}

export function createRedis(role: 'worker' | 'producer', extra: RedisOptions = {}): Redis {
  return new Redis(redisUrl(), {
    maxRetriesPerRequest: role === 'worker' ? null : 3,
    enableOfflineQueue: role === 'worker',
    connectionName: `matrixdesk-${role}-${process.pid}`,
    ...extra,
  })
}

let shared: Redis | null = null
/** One lazily-created producer connection per process (queues, rate limits, caches). */
export function sharedRedis(): Redis {
  if (!shared) shared = createRedis('producer', { enableOfflineQueue: true })
  return shared
}

export async function closeSharedRedis(): Promise<void> {
  if (shared) {
    const c = shared
    shared = null
    await c.quit().catch(() => c.disconnect())
  }
}

/** Warns (once per process) when Redis may evict BullMQ's keys. */
export async function warnOnEvictionPolicy(redis: Redis, log: (msg: string) => void = console.warn): Promise<void> {
  try {
    const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as [string, string]
    if (policy && policy !== 'noeviction') {
      log(`⚠ Redis maxmemory-policy is "${policy}"; BullMQ needs "noeviction" or jobs may be lost. / Redis 淘汰策略应为 noeviction，否则任务可能丢失。`)
    }
  } catch {
    // managed Redis services often forbid CONFIG; nothing to check then
  }
}
